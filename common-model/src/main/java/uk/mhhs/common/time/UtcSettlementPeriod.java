package uk.mhhs.common.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A half-hour period of a UTC date, as MHHS data (IF-021, IF-022) carries it: 48 per date, period 1
 * from 00:00 to 00:30 UTC, period 48 from 23:30 to 00:00 UTC of the next date. On the wire a period is
 * identified by its {@link #end()} instant.
 *
 * @param date the UTC date the period starts on
 * @param index 1 to 48
 */
public record UtcSettlementPeriod(LocalDate date, int index) {

    /** Periods in every UTC date. */
    public static final int PERIODS_PER_DATE = 48;
    /** The length of a settlement period. */
    public static final Duration LENGTH = Duration.ofMinutes(30);

    /**
     * @throws IllegalArgumentException if {@code index} is not 1 to 48
     */
    public UtcSettlementPeriod {
        if (date == null) {
            throw new IllegalArgumentException("UTC settlement date is missing");
        }
        if (index < 1 || index > PERIODS_PER_DATE) {
            throw new IllegalArgumentException("UTC settlement period must be 1 to 48 but was " + index);
        }
    }

    /**
     * @param instant any instant
     * @return the UTC period that contains it (a period includes its start, not its end)
     */
    public static UtcSettlementPeriod containing(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        long minutes = Duration.between(date.atStartOfDay(ZoneOffset.UTC).toInstant(), instant).toMinutes();
        return new UtcSettlementPeriod(date, (int) (minutes / 30) + 1);
    }

    /**
     * @param end a period end as sent in IF-021 {@code sp}, on a half hour
     * @return the period ending then: {@code 00:30Z} is period 1, {@code 00:00Z} is period 48 of the
     *     previous date
     * @throws IllegalArgumentException if {@code end} is not on a half hour
     */
    public static UtcSettlementPeriod endingAt(Instant end) {
        return startingAt(end.minus(LENGTH));
    }

    /**
     * @param start a period start, on a half hour
     * @return the period starting then
     * @throws IllegalArgumentException if {@code start} is not on a half hour
     */
    public static UtcSettlementPeriod startingAt(Instant start) {
        UtcSettlementPeriod period = containing(start);
        if (!period.start().equals(start)) {
            throw new IllegalArgumentException(start + " is not on a settlement period boundary (a UTC half hour)");
        }
        return period;
    }

    /**
     * @param date a UTC date
     * @return its 48 periods in order
     */
    public static List<UtcSettlementPeriod> periodsOf(LocalDate date) {
        return IntStream.rangeClosed(1, PERIODS_PER_DATE).mapToObj(i -> new UtcSettlementPeriod(date, i)).toList();
    }

    /**
     * @return when the period starts
     */
    public Instant start() {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().plus(LENGTH.multipliedBy(index - 1L));
    }

    /**
     * @return when the period ends: the key MHHS data uses for it
     */
    public Instant end() {
        return start().plus(LENGTH);
    }

    /**
     * @return the GB settlement period covering the same half hour
     */
    public SettlementPeriod toSettlementPeriod() {
        return SettlementCalendar.periodContaining(start());
    }
}
