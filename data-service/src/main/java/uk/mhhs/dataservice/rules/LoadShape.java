package uk.mhhs.dataservice.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A load shape for one UTC settlement date: 48 relative period values and the shape's annual total, so that
 * an annual consumption AC gives period i the value AC × LS_i / annualTotal.
 *
 * <p>The array is not copied (shapes are shared between many MPAN-days): do not change it after handing it over.
 *
 * @param date         the UTC settlement date
 * @param periodValues 48 non-negative values, index i = period ending 00:00Z + 30(i+1) min
 * @param annualTotal  the sum of the shape over its year; {@code null} or ≤ 0 = 365 × the day's total
 *                     (see {@link #effectiveAnnualTotal()})
 * @param flag         the LSS shape flag (A, D, E, B) as published, or the fallback's
 * @param source       where the shape came from, e.g. "LSS", "previous day", "standard"
 */
public record LoadShape(LocalDate date, BigDecimal[] periodValues, BigDecimal annualTotal, String flag, String source) {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    public LoadShape {
        Objects.requireNonNull(periodValues, "periodValues");
        if (periodValues.length != DayProcessor.PERIODS) {
            throw new IllegalArgumentException("a load shape has 48 period values, not " + periodValues.length);
        }
        for (int i = 0; i < periodValues.length; i++) {
            if (periodValues[i] == null || periodValues[i].signum() < 0) {
                throw new IllegalArgumentException("load shape period " + i + " is null or negative");
            }
        }
    }

    /** LS_i. */
    public BigDecimal value(int i) {
        return periodValues[i];
    }

    /** Σ LS_i over the day. */
    public BigDecimal dailyTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : periodValues) {
            sum = sum.add(v);
        }
        return sum;
    }

    /** The annual total, or 365 × the daily total when none (or a non-positive one) was given. */
    public BigDecimal effectiveAnnualTotal() {
        if (annualTotal != null && annualTotal.signum() > 0) {
            return annualTotal;
        }
        return dailyTotal().multiply(DAYS_PER_YEAR);
    }

    /** A copy for another date and source (same values), used by fallbacks. */
    public LoadShape relabel(LocalDate newDate, String newSource) {
        return new LoadShape(newDate, periodValues, annualTotal, flag, newSource);
    }
}
