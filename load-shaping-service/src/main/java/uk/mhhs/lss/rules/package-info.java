/**
 * The pure calculation rules of the load shaping service (LSS): no Spring, no JDBC, no Kafka, no Jackson. The
 * adapters (database, IF-021 intake, IF-022/IF-023 JSON, schedule, REST) call these and store or send what they
 * return.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>A settlement day is a UTC date with always 48 half-hour periods; index i (0..47) is the period ending
 * 00:00Z + 30·(i+1) minutes; period ranges in settings use 1-based numbers (period n = index n − 1). UK
 * clock-change days are nothing special.</li>
 * <li>kWh are {@link java.math.BigDecimal}, published with scale 3, rounded HALF_UP once, at the end. Sums of the
 * sample are exact {@code long} milli-kWh ({@link uk.mhhs.lss.rules.PeriodSums}).</li>
 * <li>Every threshold is in {@link uk.mhhs.lss.rules.LssSettings} with documented defaults.</li>
 * </ul>
 *
 * <h2>The rules</h2>
 * <ol>
 * <li><b>Category</b> ({@link uk.mhhs.lss.rules.Category}): GSP group (or national), connection type, segment,
 * domestic indicator (or any), measurement quantity. A shape is per category and UTC date.</li>
 * <li><b>Sample</b>: only ACTUAL values count — quality A, A1, A2 ({@link uk.mhhs.lss.rules.ActualQuality}); A3
 * (scaled interpolation), AAE*, EAE* and every estimate or zero are excluded. The adapter aggregates once, per
 * fine category and period: count of MPANs with an actual value and the sum of those values
 * ({@link uk.mhhs.lss.rules.SampleCube}); coarser levels are sums of fine ones.</li>
 * <li><b>Period value</b>: the mean of the actual values, Σ / count, scale 3 HALF_UP.</li>
 * <li><b>Fallback ladder, per period</b> ({@link uk.mhhs.lss.rules.ShapeCalculator}): the category itself (flag
 * A), then same GSP group domestic any, then national with the domestic indicator, then national domestic any
 * (flag D) — the first with at least {@code minimumSample} (default 30) MPANs with an actual value IN THAT
 * PERIOD gives the value. Below it at every level: the back-stop — the category's value published for the
 * same weekday of the previous week (date − 7), else the standard shape (default flat 0.250 kWh) — with flag E
 * when some actual data exists for the period at some level, flag B when there is none at all. B and E use the
 * same back-stop; the flag only tells the reader whether the industry had any data for the period.</li>
 * <li><b>Totals</b> ({@link uk.mhhs.lss.rules.TotalsCalculator}): day, peak, off-peak; 7 days (the date and the 6
 * before, summing the dates present); annual (rolling 365 dates, Σ present × 365 / days present).</li>
 * <li><b>Recalculation</b> ({@link uk.mhhs.lss.rules.RecalculationRule}): when the sample changes by more than
 * 5 % of the previous sample.</li>
 * </ol>
 *
 * <h2>Reconstructed</h2>
 * The research notes name the categories, flags and fallback idea but not every detail. Reconstructed here (and
 * so configurable or documented where decided): A/A1/A2 as the only actual codes (A3 and AAE* not); the minimum
 * sample of 30 counted per period; evaluating the ladder per period rather than per category-day; the ladder's
 * order (domestic dropped before the GSP group); flag B for "no actual data anywhere" using the same back-stop
 * as E; the back-stop order previous week → standard shape and the flat 0.250 kWh standard shape; a category's
 * {@code sample} as the largest per-period count at its own level; peak 15–48 / off-peak 1–14 (UTC); the 7-day
 * total summing only the dates present; the annual total's scaling to 365 days; the 5 % recalculation share
 * (strictly greater than).
 */
package uk.mhhs.lss.rules;
