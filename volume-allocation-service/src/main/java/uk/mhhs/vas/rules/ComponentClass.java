package uk.mhhs.vas.rules;

import java.math.BigDecimal;

/**
 * A consumption component class as ISD defines it, with what the correction needs: its GSP Group Correction scaling
 * weight W(N), and whether its volumes count as export (negative in the correction; MDS sends every volume as a
 * non-negative kWh).
 *
 * @param id                 the class ID (100–999)
 * @param measurementQuantity AI, AE, RI or RE
 * @param marketSegment      S, A or U
 * @param domesticPremise    T or F
 * @param connectionType     W, L, H, E or U
 * @param component          C (consumption) or L (losses)
 * @param dataOrigin         A actual, E estimated, D defaulted
 * @param scalingWeight      W(N), e.g. 1.0 smart import, 0.5 advanced import, 0.0 export
 */
public record ComponentClass(int id, String measurementQuantity, String marketSegment, String domesticPremise,
                             String connectionType, String component, String dataOrigin, BigDecimal scalingWeight) {

    /** Export classes (AE, RE) take the minus sign in the correction: "export negative". */
    public boolean export() {
        return "AE".equals(measurementQuantity) || "RE".equals(measurementQuantity);
    }

    /** Whether it is a losses class (component L). */
    public boolean losses() {
        return "L".equals(component);
    }

    /** The uncorrected volume C of {@code kwh} as MDS sent it (non-negative), signed for the correction. */
    public BigDecimal signed(BigDecimal kwh) {
        return export() ? kwh.negate() : kwh;
    }
}
