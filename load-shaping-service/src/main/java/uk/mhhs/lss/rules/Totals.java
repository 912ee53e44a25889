package uk.mhhs.lss.rules;

import java.math.BigDecimal;

/**
 * The IF-023 totals of one category on one UTC date, kWh, scale 3 ({@link TotalsCalculator}).
 *
 * @param dayTotal        Σ of the date's 48 period values
 * @param dayPeak         Σ over the peak periods ({@link LssSettings#peakPeriods()})
 * @param dayOffPeak      Σ over the off-peak periods ({@link LssSettings#offPeakPeriods()})
 * @param sevenDayTotal   Σ of the day totals of the date and the previous 6 UTC dates that are present
 * @param sevenDayPeak    the same for the peak periods
 * @param sevenDayOffPeak the same for the off-peak periods
 * @param annualTotal     the rolling 365 days including the date, scaled to 365 days: Σ present × 365 / present
 */
public record Totals(BigDecimal dayTotal, BigDecimal dayPeak, BigDecimal dayOffPeak, BigDecimal sevenDayTotal,
        BigDecimal sevenDayPeak, BigDecimal sevenDayOffPeak, BigDecimal annualTotal) {
}
