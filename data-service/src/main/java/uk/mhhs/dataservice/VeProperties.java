package uk.mhhs.dataservice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.mhhs.dataservice.rules.StandardShapes;
import uk.mhhs.dataservice.rules.VeSettings;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The validation and estimation settings ({@code mhhs.data-service.ve.*}); each one left out keeps the default of
 * {@link VeSettings#defaults()} (the module README lists them and why). The rules are reconstructed from the codes
 * and vendor practice, not from the METH statements, so every threshold is here to change.
 *
 * @param maxKwhPerPeriod          plausibility maximum per period by connection type (W, L, H, E, U)
 * @param advanceTolerancePercent  HH sum vs register advance, percent part
 * @param advanceToleranceKwh      HH sum vs register advance, absolute part
 * @param checkTolerancePercent    main vs check meter, percent of the check value
 * @param checkToleranceMinKwh     main vs check meter, at least this
 * @param maxInterpolationGap      longest run of missing periods filled by interpolation
 * @param snacValidityMonths       a SNAC younger than this beats the MDS annual consumption
 * @param defaultAnnualConsumption annual consumption by connection type for an MPAN with neither AC nor SNAC
 * @param amendmentThresholdKwh    an amendment's gross consumption below this is refused (DSCA005)
 * @param standardShape            the shape used before LSS has published any: {@code domestic} (default) or
 *                                 {@code flat}
 */
@ConfigurationProperties("mhhs.data-service.ve")
public record VeProperties(Map<String, BigDecimal> maxKwhPerPeriod, BigDecimal advanceTolerancePercent,
                           BigDecimal advanceToleranceKwh, BigDecimal checkTolerancePercent,
                           BigDecimal checkToleranceMinKwh, Integer maxInterpolationGap, Integer snacValidityMonths,
                           Map<String, BigDecimal> defaultAnnualConsumption, BigDecimal amendmentThresholdKwh,
                           String standardShape) {

    /** The settings: the defaults with what is configured laid over them. */
    public VeSettings settings(int rfCutoffDays) {
        VeSettings d = VeSettings.defaults();
        Map<String, BigDecimal> max = new HashMap<>(d.maxKwhPerPeriod());
        if (maxKwhPerPeriod != null) {
            max.putAll(maxKwhPerPeriod);
        }
        Map<String, BigDecimal> ac = new HashMap<>(d.defaultAnnualConsumption());
        if (defaultAnnualConsumption != null) {
            ac.putAll(defaultAnnualConsumption);
        }
        return new VeSettings(max, or(advanceToleranceKwh, d.advanceToleranceKwh()),
                or(advanceTolerancePercent, d.advanceTolerancePercent()),
                or(checkTolerancePercent, d.checkTolerancePercent()), or(checkToleranceMinKwh, d.checkToleranceMinKwh()),
                maxInterpolationGap == null ? d.maxInterpolationGap() : maxInterpolationGap,
                snacValidityMonths == null ? d.snacValidityMonths() : snacValidityMonths, ac,
                d.energisationBeforeConsent(), d.balanceRoundingResidual(), rfCutoffDays,
                or(amendmentThresholdKwh, d.amendmentThresholdKwh()));
    }

    public StandardShapes standardShapes() {
        return "flat".equalsIgnoreCase(standardShape) ? StandardShapes.flat() : StandardShapes.domestic();
    }

    private static BigDecimal or(BigDecimal value, BigDecimal otherwise) {
        return value == null ? otherwise : value;
    }
}
