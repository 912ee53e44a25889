package uk.mhhs.lss.rules;

/**
 * How much history the {@link Totals} of a date rest on, for the adapter to log or flag.
 *
 * @param sevenDayDaysPresent dates of the 7-day window (the date and the previous 6) with published values, 1..7
 * @param annualDaysPresent   dates of the rolling 365 days with published values, 1..365
 * @param annualReliable      whether {@code annualDaysPresent} ≥ {@link LssSettings#minimumDaysForAnnual()}
 */
public record TotalsBasis(int sevenDayDaysPresent, int annualDaysPresent, boolean annualReliable) {
}
