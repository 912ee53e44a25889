/**
 * Estimation building blocks used by {@link uk.mhhs.dataservice.rules.DayProcessor} and
 * {@link uk.mhhs.dataservice.rules.AmendmentRules}.
 * <ul>
 * <li>{@link uk.mhhs.dataservice.rules.estimation.Apportion}: spread a total by weights (load shape or current
 * values), rounding once and optionally putting the rounding residual on the largest weight so the parts add
 * up to the total (reconstructed choice, on by default).</li>
 * <li>{@link uk.mhhs.dataservice.rules.estimation.AdvanceApportionment}: a multi-day register advance shared
 * over its days by the days' shape totals (the day's share then gives q = E3).</li>
 * <li>{@link uk.mhhs.dataservice.rules.estimation.AnnualConsumptionChoice}: SNAC (IF-024) if effective less than
 * 12 months before the day, else the MDS AC (IF-040), else a configured default per connection type
 * (reconstructed defaults W 2700, L 100 000, H 1 000 000, E 10 000 000, U 5000 kWh).</li>
 * </ul>
 * The estimate of a period from an annual consumption is AC × LS_i / LS_annual, and from a known advance
 * (advance − Σ known) × LS_i / Σ_missing LS_j; the order of the rules is on {@link
 * uk.mhhs.dataservice.rules.DayProcessor}.
 */
package uk.mhhs.dataservice.rules.estimation;
