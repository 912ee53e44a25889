package uk.mhhs.common.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Conversions between instants, GB settlement periods (Europe/London days of 46, 48 or 50 half
 * hours) and UTC settlement periods (48 per UTC date).
 *
 * <p>Example, the long day 2026-10-25: it starts at local midnight 00:00 BST = 2026-10-24T23:00Z, so
 * period 1 is 23:00–23:30Z on the 24th, period 3 is 00:00–00:30Z on the 25th, the clocks go back at
 * 01:00Z and period 50 is 23:30Z–00:00Z on the 26th; its UTC periods are 47–48 of 24 October and
 * 1–48 of 25 October.
 */
public final class SettlementCalendar {

    /** GB clock time, in which settlement days are defined. */
    public static final ZoneId GB = ZoneId.of("Europe/London");

    private SettlementCalendar() {
    }

    /**
     * @param settlementDate a GB date
     * @return local midnight starting it
     */
    public static Instant startOfDay(LocalDate settlementDate) {
        return settlementDate.atStartOfDay(GB).toInstant();
    }

    /**
     * @param settlementDate a GB date
     * @return 46 when the clocks go forward, 50 when they go back, else 48
     */
    public static int periodCount(LocalDate settlementDate) {
        Duration length = Duration.between(startOfDay(settlementDate), startOfDay(settlementDate.plusDays(1)));
        return (int) (length.toMinutes() / 30);
    }

    /**
     * @param settlementDate a GB date
     * @param period 1 to {@link #periodCount(LocalDate)}
     * @return the period
     * @throws IllegalArgumentException if the day has no such period
     */
    public static SettlementPeriod period(LocalDate settlementDate, int period) {
        int count = periodCount(settlementDate);
        if (period < 1 || period > count) {
            throw new IllegalArgumentException("settlement day " + settlementDate + " has periods 1 to " + count
                    + ", not " + period);
        }
        Instant start = startOfDay(settlementDate).plus(UtcSettlementPeriod.LENGTH.multipliedBy(period - 1L));
        return new SettlementPeriod(settlementDate, period, start, start.plus(UtcSettlementPeriod.LENGTH));
    }

    /**
     * @param settlementDate a GB date
     * @return its 46, 48 or 50 periods in order
     */
    public static List<SettlementPeriod> periodsOf(LocalDate settlementDate) {
        return IntStream.rangeClosed(1, periodCount(settlementDate)).mapToObj(p -> period(settlementDate, p)).toList();
    }

    /**
     * @param instant any instant
     * @return the settlement period containing it (a period includes its start, not its end)
     */
    public static SettlementPeriod periodContaining(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, GB);
        long minutes = Duration.between(startOfDay(date), instant).toMinutes();
        return period(date, (int) (minutes / 30) + 1);
    }

    /**
     * @param utcPeriod a UTC period
     * @return the settlement period covering the same half hour
     */
    public static SettlementPeriod toSettlementPeriod(UtcSettlementPeriod utcPeriod) {
        return periodContaining(utcPeriod.start());
    }

    /**
     * @param period a settlement period
     * @return the UTC period covering the same half hour
     */
    public static UtcSettlementPeriod toUtcPeriod(SettlementPeriod period) {
        return UtcSettlementPeriod.containing(period.startInstant());
    }

    /**
     * @param settlementDate a GB date
     * @return the UTC periods covering it, in order: e.g. for a BST day, 47–48 of the previous UTC
     *     date then 1–46 of the same date
     */
    public static List<UtcSettlementPeriod> utcPeriodsOf(LocalDate settlementDate) {
        return periodsOf(settlementDate).stream().map(SettlementCalendar::toUtcPeriod).toList();
    }
}
