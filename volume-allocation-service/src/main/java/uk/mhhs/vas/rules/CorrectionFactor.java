package uk.mhhs.vas.rules;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The correction factor of one GSP group and period with the sums it came from: CF = 1 + (GSPGT − ΣC) / ΣW·C.
 *
 * @param gspGroupTake the GSP Group Take GSPGT (kWh)
 * @param uncorrected  ΣC, the signed uncorrected volumes (kWh)
 * @param weighted     ΣW·C, the scaling-weighted signed uncorrected volumes (kWh)
 * @param factor       CF, or null when ΣW·C = 0 (no correctable volume)
 * @param exception    the REP-007 exception, or null
 */
public record CorrectionFactor(BigDecimal gspGroupTake, BigDecimal uncorrected, BigDecimal weighted, BigDecimal factor,
                               CorrectionException exception) {

    /** CF's precision: the division is the only inexact step, so everything after it stays exact. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    /** Works out the factor from GSPGT and the sums, and whether it is an exception against {@code band}. */
    public static CorrectionFactor of(BigDecimal gspGroupTake, BigDecimal uncorrected, BigDecimal weighted,
                                      CorrectionBand band) {
        if (weighted.signum() == 0) {
            return new CorrectionFactor(gspGroupTake, uncorrected, weighted, null,
                    CorrectionException.NO_CORRECTABLE_VOLUME);
        }
        BigDecimal factor = BigDecimal.ONE.add(gspGroupTake.subtract(uncorrected).divide(weighted, PRECISION));
        return new CorrectionFactor(gspGroupTake, uncorrected, weighted, factor,
                band.contains(factor) ? null : CorrectionException.OUTSIDE_BAND);
    }

    /** CORC = C × (1 + (CF − 1) × W); C itself when the factor is undefined. */
    public BigDecimal corrected(BigDecimal volume, BigDecimal weight) {
        return CorrectedComponent.of(volume, factor, weight);
    }

    /**
     * A BM unit's allocated demand volume from its own sums: Σ_N CORC(N) = ΣC + (CF − 1) × ΣW·C, exactly equal to
     * adding its corrected components, so the calculation needs only the two sums per BM unit and period.
     */
    public BigDecimal allocated(BigDecimal unitUncorrected, BigDecimal unitWeighted) {
        return factor == null ? unitUncorrected
                : unitUncorrected.add(unitWeighted.multiply(factor.subtract(BigDecimal.ONE)));
    }
}
