/**
 * The pure domain rules of the market-wide data service (MDS): no Spring, no JDBC, no Kafka, no Jackson, no
 * jakarta (kept so by {@code ArchitectureTest}). The adapters (database, REST, Kafka, IF-021 JSON) call these and
 * store or send what they return. Plain Java from common-model ({@code CodeBook}, {@code DipTimestamps},
 * {@code SettlementDay}) is used.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>MDS stores consumption by UTC date, 48 half hours, index i (0..47) = the period ending 00:00Z + 30·(i+1)
 * minutes, as IF-021 sends it. {@link uk.mhhs.mds.rules.SettlementDayPeriods} maps a GB settlement day (46, 48 or
 * 50 periods) onto them.</li>
 * <li>kWh are {@link java.math.BigDecimal}; calculated values are scale 3, HALF_UP. Values received are kept as
 * sent.</li>
 * <li>Rejections and warnings are {@link uk.mhhs.mds.rules.Finding}s whose reason is the catalogue's wire text
 * ({@code "ECS1010 - Consumption Value cannot be negative"}) followed by the period and value concerned.</li>
 * </ul>
 *
 * <h2>What is here</h2>
 * <ul>
 * <li>{@link uk.mhhs.mds.rules.ConsumptionChecks}: IF-021 validation (ECS1002 … ECS1016), all findings at
 * once.</li>
 * <li>{@link uk.mhhs.mds.rules.SettlementDayPeriods}: GB settlement day → UTC periods.</li>
 * <li>{@link uk.mhhs.mds.rules.Defaults}, {@link uk.mhhs.mds.rules.Losses},
 * {@link uk.mhhs.mds.rules.ConsumptionComponentClasses}: default values, line losses, CCC lookup.</li>
 * <li>{@link uk.mhhs.mds.rules.AnnualConsumptionCalculator}: IF-040 annual consumption and its quality
 * indicator.</li>
 * </ul>
 *
 * <h2>Reconstructed</h2>
 * The catalogue gives the ECS codes and their short names but not every boundary. Reconstructed here: the order of
 * the checks; RCP1009 for a sender that is not the appointed data service; an off-grid {@code sp} is ECS1007 when
 * it overlaps another period of the message, else ECS1005; fewer than 48 periods is ECS1005 "incomplete day";
 * RCP1021 / RCP1022 for a missing / non-numeric value; actual non-zero consumption on a de-energised MPAN is a
 * warning {@code [ConsumptionOnDeEnergisedMPAN]} with our own text, non-actual non-zero is ECS1008; ECS1003 when
 * the receiving date is after the RF run date; ECS1013 compares the period start with UK midnight of the
 * effective-from date; the plausibility maxima (data-service's defaults); MDS's defaulted quality code "D" (and no
 * value) → CCC origin D; A3 counts as estimated for the CCC but needs no {@code e}; the annual consumption window,
 * its scaling to 365 days, the order and boundaries of the quality indicator tests.
 */
package uk.mhhs.mds.rules;
