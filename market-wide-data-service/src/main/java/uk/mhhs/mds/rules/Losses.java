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

    /**
     * Each factor as {@code {unscaled(LLF − 1), 10^scale}}, for {@link #ofWh}: the run's inner loop works in whole Wh
     * without {@code BigDecimal}.
     */
    public static long[][] factorsOf(BigDecimal[] llf) {
        long[][] factors = new long[llf.length][];
        for (int i = 0; i < llf.length; i++) {
            BigDecimal excess = llf[i].subtract(BigDecimal.ONE);
            factors[i] = new long[] {excess.unscaledValue().longValueExact(),
                    BigDecimal.ONE.movePointRight(Math.max(0, excess.scale())).longValueExact()};
            if (excess.scale() < 0) {
                factors[i][0] = excess.setScale(0).unscaledValue().longValueExact();
            }
        }
        return factors;
    }

    /**
     * The same as {@link #of} in whole Wh: {@code wh × unscaled ÷ pow10} rounded half up (away from zero), e.g.
     * 500 Wh at LLF 1.050 ({@code {50, 1000}}) = 25 Wh; 310 Wh → 15.5 → 16 Wh.
     */
    public static long ofWh(long wh, long unscaled, long pow10) {
        long product = Math.multiplyExact(wh, unscaled);
        long magnitude = (Math.abs(product) + pow10 / 2) / pow10;
        return product < 0 ? -magnitude : magnitude;
    }
}
