package uk.mhhs.vas.rules;

import java.math.BigDecimal;

/**
 * The corrected volume of one class in one BM unit and period: {@code CORC = C × (1 + (CF − 1) × W)}
 * (ecs-services.md §3). An undefined correction factor (no correctable volume in the GSP group and period) leaves the
 * volume uncorrected: {@code CORC = C}. Unrounded: callers round only when they write a value out.
 *
 * <p>The one place of the formula: the reports derive per-class corrected volumes with it (they are not stored), and
 * the calculation's {@link CorrectionFactor#corrected} is it.
 */
public final class CorrectedComponent {

    private CorrectedComponent() {
    }

    /**
     * @param c  the uncorrected volume C, signed (export negative: {@link ComponentClass#signed})
     * @param cf the GSP group's correction factor for the period, or {@code null} when undefined
     * @param w  the class's scaling weight W(N)
     * @return C × (1 + (CF − 1) × W), exact
     */
    public static BigDecimal of(BigDecimal c, BigDecimal cf, BigDecimal w) {
        BigDecimal multiplier = multiplier(cf, w);
        return multiplier == null ? c : c.multiply(multiplier);
    }

    /**
     * The factor a class's volumes are multiplied by in a period, {@code 1 + (CF − 1) × W}, exact; {@code null} when
     * they stay uncorrected (undefined factor, or W = 0). The same for every BM unit, so a caller may work it out once.
     */
    public static BigDecimal multiplier(BigDecimal cf, BigDecimal w) {
        if (cf == null || w.signum() == 0) {
            return null;
        }
        return BigDecimal.ONE.add(cf.subtract(BigDecimal.ONE).multiply(w));
    }

    /** {@link #of} with the period's {@link #multiplier} worked out already. */
    public static BigDecimal of(BigDecimal c, BigDecimal multiplier) {
        return multiplier == null ? c : c.multiply(multiplier);
    }
}
