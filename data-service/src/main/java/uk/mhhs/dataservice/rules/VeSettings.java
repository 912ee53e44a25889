package uk.mhhs.dataservice.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Every threshold and choice of the validation and estimation (VE) rules, so the service can configure
 * them. {@link #defaults()} gives the documented defaults; all of them are reconstructions, not values
 * taken from a published industry document.
 *
 * @param maxKwhPerPeriod           plausibility maximum kWh per half hour by connection type (W, L, H, E, U);
 *                                  default W 50.000, L 500.000, H 5000.000, E 50000.000, U 50.000. A value
 *                                  above it is invalid (estimated with e = "3").
 * @param advanceToleranceKwh       absolute part of the HH-sum vs register advance tolerance; default 0.5 kWh
 * @param advanceTolerancePercent   relative part (of the advance) of that tolerance; default 2 (%). The
 *                                  tolerance is the larger of the two; beyond it a warning is reported.
 * @param checkTolerancePercent     main vs check meter tolerance, percent of the check value; default 1 (%)
 * @param checkToleranceMinKwh      ...but at least this; default 0.1 kWh. Beyond it the period is
 *                                  substituted from the check meter (q = A2).
 * @param maxInterpolationGap       the longest run of missing/invalid periods filled by linear interpolation
 *                                  between known neighbours; default 1 (a single isolated period)
 * @param snacValidityMonths        a SNAC is used when its effective date is less than this many months
 *                                  before the day (and not after it); default 12
 * @param defaultAnnualConsumption  the annual consumption (kWh) used when an MPAN has neither SNAC nor AC, by
 *                                  connection type; default W 2700 (Ofgem's typical domestic consumption),
 *                                  L 100000, H 1000000, E 10000000, U 5000. An unknown connection type uses the
 *                                  segment's usual type (SMART W, ADVANCED L, UNMETERED U); with no entry for
 *                                  that either the periods are zero with q = ZE1.
 * @param energisationBeforeConsent apply de-energised/disconnected zeros before the consent (opt-out) rule;
 *                                  default {@code false} = the brief's order, consent first
 * @param balanceRoundingResidual   when apportioning a total (advance remainder, amendment), put the rounding
 *                                  residual (at most 0.0005 kWh per period) on the period with the largest
 *                                  weight so the periods add up to the total exactly; default {@code true}
 * @param rfCutOffDays              consumption amendments are accepted for a settlement date while today is
 *                                  before date + this many days (the RF run); default 425 (≈ 14 months)
 * @param amendmentThresholdKwh     a consumption amendment's gross consumption below this is rejected
 *                                  (DSCA005); default 0 (no threshold)
 */
public record VeSettings(
        Map<String, BigDecimal> maxKwhPerPeriod,
        BigDecimal advanceToleranceKwh,
        BigDecimal advanceTolerancePercent,
        BigDecimal checkTolerancePercent,
        BigDecimal checkToleranceMinKwh,
        int maxInterpolationGap,
        int snacValidityMonths,
        Map<String, BigDecimal> defaultAnnualConsumption,
        boolean energisationBeforeConsent,
        boolean balanceRoundingResidual,
        int rfCutOffDays,
        BigDecimal amendmentThresholdKwh) {

    public static final Map<String, BigDecimal> DEFAULT_MAX_KWH_PER_PERIOD = Map.of(
            "W", new BigDecimal("50.000"),
            "L", new BigDecimal("500.000"),
            "H", new BigDecimal("5000.000"),
            "E", new BigDecimal("50000.000"),
            "U", new BigDecimal("50.000"));

    public static final Map<String, BigDecimal> DEFAULT_ANNUAL_CONSUMPTION = Map.of(
            "W", new BigDecimal("2700"),
            "L", new BigDecimal("100000"),
            "H", new BigDecimal("1000000"),
            "E", new BigDecimal("10000000"),
            "U", new BigDecimal("5000"));

    public VeSettings {
        maxKwhPerPeriod = Map.copyOf(Objects.requireNonNull(maxKwhPerPeriod, "maxKwhPerPeriod"));
        defaultAnnualConsumption = Map.copyOf(Objects.requireNonNull(defaultAnnualConsumption, "defaultAnnualConsumption"));
        Objects.requireNonNull(advanceToleranceKwh, "advanceToleranceKwh");
        Objects.requireNonNull(advanceTolerancePercent, "advanceTolerancePercent");
        Objects.requireNonNull(checkTolerancePercent, "checkTolerancePercent");
        Objects.requireNonNull(checkToleranceMinKwh, "checkToleranceMinKwh");
        Objects.requireNonNull(amendmentThresholdKwh, "amendmentThresholdKwh");
        if (maxInterpolationGap < 0 || maxInterpolationGap > 46) {
            throw new IllegalArgumentException("maxInterpolationGap must be 0..46");
        }
        if (snacValidityMonths < 0 || rfCutOffDays < 0) {
            throw new IllegalArgumentException("snacValidityMonths and rfCutOffDays must not be negative");
        }
    }

    /** The documented defaults. */
    public static VeSettings defaults() {
        return new VeSettings(DEFAULT_MAX_KWH_PER_PERIOD, new BigDecimal("0.5"), new BigDecimal("2"),
                new BigDecimal("1"), new BigDecimal("0.1"), 1, 12, DEFAULT_ANNUAL_CONSUMPTION,
                false, true, 425, BigDecimal.ZERO);
    }

    /** A copy with another maximum interpolation gap. */
    public VeSettings withMaxInterpolationGap(int gap) {
        return new VeSettings(maxKwhPerPeriod, advanceToleranceKwh, advanceTolerancePercent, checkTolerancePercent,
                checkToleranceMinKwh, gap, snacValidityMonths, defaultAnnualConsumption, energisationBeforeConsent,
                balanceRoundingResidual, rfCutOffDays, amendmentThresholdKwh);
    }

    /** A copy with the energisation rule before or after the consent rule. */
    public VeSettings withEnergisationBeforeConsent(boolean before) {
        return new VeSettings(maxKwhPerPeriod, advanceToleranceKwh, advanceTolerancePercent, checkTolerancePercent,
                checkToleranceMinKwh, maxInterpolationGap, snacValidityMonths, defaultAnnualConsumption, before,
                balanceRoundingResidual, rfCutOffDays, amendmentThresholdKwh);
    }

    /** A copy with rounding residuals balanced or not. */
    public VeSettings withBalanceRoundingResidual(boolean balance) {
        return new VeSettings(maxKwhPerPeriod, advanceToleranceKwh, advanceTolerancePercent, checkTolerancePercent,
                checkToleranceMinKwh, maxInterpolationGap, snacValidityMonths, defaultAnnualConsumption,
                energisationBeforeConsent, balance, rfCutOffDays, amendmentThresholdKwh);
    }

    /** A copy with another RF cut-off and amendment threshold. */
    public VeSettings withAmendmentRules(int rfDays, BigDecimal thresholdKwh) {
        return new VeSettings(maxKwhPerPeriod, advanceToleranceKwh, advanceTolerancePercent, checkTolerancePercent,
                checkToleranceMinKwh, maxInterpolationGap, snacValidityMonths, defaultAnnualConsumption,
                energisationBeforeConsent, balanceRoundingResidual, rfDays, thresholdKwh);
    }

    /**
     * The connection type the rules use: the given one, or when {@code null}/blank the segment's usual one
     * (SMART W, ADVANCED L, UNMETERED U).
     */
    public static String effectiveConnectionType(String connectionType, Segment segment) {
        if (connectionType != null && !connectionType.isBlank()) {
            return connectionType;
        }
        switch (segment) {
            case ADVANCED: return "L";
            case UNMETERED: return "U";
            default: return "W";
        }
    }

    /**
     * The plausibility maximum for a connection type; an unknown type uses the segment's usual type's
     * maximum; {@code null} when neither is configured (no plausibility check).
     */
    public BigDecimal maxKwhPerPeriod(String connectionType, Segment segment) {
        BigDecimal max = maxKwhPerPeriod.get(effectiveConnectionType(connectionType, segment));
        return max != null ? max : maxKwhPerPeriod.get(effectiveConnectionType(null, segment));
    }

    /**
     * The default annual consumption for a connection type; an unknown type uses the segment's usual type's;
     * {@code null} when neither is configured (→ ZE1).
     */
    public BigDecimal defaultAnnualConsumption(String connectionType, Segment segment) {
        BigDecimal ac = defaultAnnualConsumption.get(effectiveConnectionType(connectionType, segment));
        return ac != null ? ac : defaultAnnualConsumption.get(effectiveConnectionType(null, segment));
    }
}
