/**
 * The pure domain rules of the data services (SDS, ADS, UMSDS): no Spring, no JDBC, no Kafka, no Jackson.
 * The adapters (database, REST, Kafka, IF-021 JSON) call these and store or send what they return.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>A settlement day is a UTC date with always 48 half-hour periods; index i (0..47) is the period ending
 * 00:00Z + 30·(i+1) minutes. UK clock-change days (46 or 50 local periods) are still 48 UTC periods.</li>
 * <li>kWh are {@link java.math.BigDecimal}, scale 3, rounded HALF_UP once, when a value is produced.</li>
 * <li>Quality codes are in {@link uk.mhhs.dataservice.rules.Quality}, estimation and amendment reasons in
 * {@link uk.mhhs.dataservice.rules.EstimationReason}; actual values (A, A1, A2) have e = null.</li>
 * <li>Every threshold is in {@link uk.mhhs.dataservice.rules.VeSettings} with documented defaults.</li>
 * </ul>
 *
 * <h2>What is here</h2>
 * <ul>
 * <li>{@link uk.mhhs.dataservice.rules.DayProcessor}: validation and estimation of one MPAN-day; the rule order
 * is documented on the class (consent → energisation → validation / check meter → vacant / disabled → zero
 * advance → interpolation → advance by shape → annual consumption by shape).</li>
 * <li>{@link uk.mhhs.dataservice.rules.ShapeChoice} and {@link uk.mhhs.dataservice.rules.StandardShapes}: which
 * load shape a day uses (LSS for the date, else the previous date's, else the standard shape).</li>
 * <li>{@link uk.mhhs.dataservice.rules.EquivalentMeter}: the UMSDS equivalent meter for unmetered inventories
 * (see {@link uk.mhhs.dataservice.rules.unmetered}).</li>
 * <li>{@link uk.mhhs.dataservice.rules.AmendmentRules}: consumption amendments (IF-027 → IF-028) with the DES138
 * DSCA rejection codes.</li>
 * </ul>
 *
 * <h2>Reconstructed</h2>
 * The published MHHS design names the quality codes, reasons and processes but not every threshold or tie
 * break. Reconstructed here (and so configurable or documented where they are decided): the order of the
 * estimation rules, all tolerances and plausibility maxima, default annual consumptions, the standard shape,
 * e = "3" for invalid periods in every estimation step, A2 when the main value is missing but check data exists,
 * consent applying to SMART only, q = "A" for the equivalent meter's values, q = E8 / e = "9" for amendments and
 * their weighting, DSCA999 for a bad amendment period, the representative city of each GSP group.
 */
package uk.mhhs.dataservice.rules;
