package uk.mhhs.dataservice.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An MPAN's readings for one UTC settlement date. Arrays are not copied (performance): do not change them
 * after handing them over.
 *
 * @param date                 the UTC settlement date
 * @param main                 48 main-meter (active import) values, index i = period ending 00:00Z + 30(i+1)
 *                             min; an element {@code null} = missing; the whole array {@code null} = all missing
 * @param check                48 check-meter values (ADS only) or {@code null}
 * @param registerAdvance      the register advance over this day in kWh, or {@code null}
 * @param multiDayAdvanceShare a multi-day advance's share for this day (see
 *                             {@link uk.mhhs.dataservice.rules.estimation.AdvanceApportionment}), or {@code null}
 */
public record MeterDay(LocalDate date, BigDecimal[] main, BigDecimal[] check,
        BigDecimal registerAdvance, BigDecimal multiDayAdvanceShare) {

    public MeterDay {
        Objects.requireNonNull(date, "date");
        if (main != null && main.length != DayProcessor.PERIODS) {
            throw new IllegalArgumentException("main must have 48 values, has " + main.length);
        }
        if (check != null && check.length != DayProcessor.PERIODS) {
            throw new IllegalArgumentException("check must have 48 values, has " + check.length);
        }
    }
}
