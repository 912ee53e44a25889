/**
 * Validation of a day's meter readings, used by {@link uk.mhhs.dataservice.rules.DayProcessor}.
 *
 * <h2>Rules (per MPAN per UTC date)</h2>
 * <ol>
 * <li><b>No duplicate period</b> ({@link uk.mhhs.dataservice.rules.validation.ReadingAssembly}): a period
 * received twice with the same value is kept once (warning); with different values it is invalid.</li>
 * <li><b>No negative import</b>: a negative active-import value is invalid.</li>
 * <li><b>Plausibility</b>: a value above the maximum kWh per period of the connection type (defaults W 50,
 * L 500, H 5000, E 50000, U 50) is invalid. An invalid value is estimated as if missing, with e = "3".</li>
 * <li><b>Half-hourly sum vs register advance</b> (a complete day with a daily advance): |Σ − advance| &gt;
 * max(0.5 kWh, 2 % of the advance) is reported as a warning; the actuals are kept.</li>
 * <li><b>Main vs check meter</b> (ADS): |main − check| &gt; max(1 % of check, 0.1 kWh) fails the period and the
 * check value is used (q = A2); agreeing values are q = A; without check data q = A1.</li>
 * </ol>
 * Reconstructed: the tolerances (configurable in {@link uk.mhhs.dataservice.rules.VeSettings}), the duplicate
 * rule's handling of identical repeats, comparing with the advance only when the day is complete.
 */
package uk.mhhs.dataservice.rules.validation;
