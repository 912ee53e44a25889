package uk.mhhs.mds.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Line losses of a period: the part of the loss-adjusted consumption that is losses. */
public final class Losses {

    private Losses() {}

    /**
     * @param kwh the metered consumption of the period
     * @param llf the line loss factor of the period (≥ 1 normally)
     * @return kWh × (LLF − 1), scale 3 HALF_UP, e.g. 4000 × (1.050 − 1) = 200.000
     * @throws IllegalArgumentException if an argument is missing
     */
    public static BigDecimal of(BigDecimal kwh, BigDecimal llf) {
        if (kwh == null || llf == null) {
            throw new IllegalArgumentException("kWh and line loss factor are required");
        }
        return kwh.multiply(llf.subtract(BigDecimal.ONE)).setScale(3, RoundingMode.HALF_UP);
    }
}
