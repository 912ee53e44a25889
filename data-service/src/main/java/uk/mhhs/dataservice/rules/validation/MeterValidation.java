package uk.mhhs.dataservice.rules.validation;

import java.math.BigDecimal;
import uk.mhhs.dataservice.rules.VeSettings;

/**
 * The per-value and per-day validation tests (see the package documentation for the rules).
 */
public final class MeterValidation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MeterValidation() {}

    /** Why a value fails, or {@code null} when it passes: negative import, or above the plausibility maximum. */
    public static String failure(BigDecimal kwh, BigDecimal maxKwh) {
        if (kwh.signum() < 0) {
            return "negative";
        }
        if (maxKwh != null && kwh.compareTo(maxKwh) > 0) {
            return "above the plausibility maximum " + maxKwh.toPlainString();
        }
        return null;
    }

    /**
     * Whether main and check disagree: |main − check| > max(checkTolerancePercent % of |check|,
     * checkToleranceMinKwh).
     */
    public static boolean mainDisagreesWithCheck(BigDecimal main, BigDecimal check, VeSettings s) {
        BigDecimal tolerance = check.abs().multiply(s.checkTolerancePercent()).divide(HUNDRED);
        if (tolerance.compareTo(s.checkToleranceMinKwh()) < 0) {
            tolerance = s.checkToleranceMinKwh();
        }
        return main.subtract(check).abs().compareTo(tolerance) > 0;
    }

    /**
     * Whether the half-hourly sum is outside the tolerance of the register advance:
     * |Σ − advance| > max(advanceToleranceKwh, advanceTolerancePercent % of |advance|).
     */
    public static boolean sumDisagreesWithAdvance(BigDecimal sum, BigDecimal advance, VeSettings s) {
        BigDecimal tolerance = advance.abs().multiply(s.advanceTolerancePercent()).divide(HUNDRED);
        if (tolerance.compareTo(s.advanceToleranceKwh()) < 0) {
            tolerance = s.advanceToleranceKwh();
        }
        return sum.subtract(advance).abs().compareTo(tolerance) > 0;
    }
}
