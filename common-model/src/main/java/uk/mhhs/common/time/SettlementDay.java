package uk.mhhs.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A GB settlement day: local midnight to local midnight in Europe/London. 48 periods, except 46 on
 * the day the clocks go forward and 50 on the day they go back.
 *
 * @param date the calendar date in Great Britain
 */
public record SettlementDay(LocalDate date) {

    /**
     * @throws IllegalArgumentException if {@code date} is null
     */
    public SettlementDay {
        if (date == null) {
            throw new IllegalArgumentException("settlement date is missing");
        }
    }

    /**
     * @return 46, 48 or 50
     */
    public int periodCount() {
        return SettlementCalendar.periodCount(date);
    }

    /**
     * @return the day's periods in order
     */
    public List<SettlementPeriod> periods() {
        return SettlementCalendar.periodsOf(date);
    }

    /**
     * @return the UTC periods covering the day, in order (as many as {@link #periodCount()})
     */
    public List<UtcSettlementPeriod> utcPeriods() {
        return SettlementCalendar.utcPeriodsOf(date);
    }

    /**
     * @return local midnight starting the day
     */
    public Instant start() {
        return SettlementCalendar.startOfDay(date);
    }

    /**
     * @return local midnight ending the day (exclusive)
     */
    public Instant end() {
        return SettlementCalendar.startOfDay(date.plusDays(1));
    }
}
