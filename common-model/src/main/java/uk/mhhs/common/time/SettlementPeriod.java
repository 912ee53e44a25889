package uk.mhhs.common.time;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A BSC settlement period: a half hour of a GB settlement day, numbered from 1 at local midnight
 * (Europe/London). Get one from {@link SettlementCalendar}.
 *
 * @param settlementDate the GB settlement day
 * @param period 1 to 46, 48 or 50, depending on the day
 * @param startInstant when it starts
 * @param endInstant when it ends, 30 minutes later
 */
public record SettlementPeriod(LocalDate settlementDate, int period, Instant startInstant, Instant endInstant) {

    /**
     * @throws IllegalArgumentException unless the period exists on that day and the instants are its
     */
    public SettlementPeriod {
        if (settlementDate == null) {
            throw new IllegalArgumentException("settlement date is missing");
        }
        int count = SettlementCalendar.periodCount(settlementDate);
        if (period < 1 || period > count) {
            throw new IllegalArgumentException("settlement day " + settlementDate + " has periods 1 to " + count
                    + ", not " + period);
        }
        Instant expectedStart = SettlementCalendar.startOfDay(settlementDate)
                .plus(UtcSettlementPeriod.LENGTH.multipliedBy(period - 1L));
        if (!expectedStart.equals(startInstant) || !expectedStart.plus(UtcSettlementPeriod.LENGTH).equals(endInstant)) {
            throw new IllegalArgumentException("settlement period " + settlementDate + " #" + period + " runs from "
                    + expectedStart + ", not " + startInstant + " to " + endInstant);
        }
    }

    /**
     * @return the UTC period covering the same half hour
     */
    public UtcSettlementPeriod toUtcPeriod() {
        return UtcSettlementPeriod.containing(startInstant);
    }
}
