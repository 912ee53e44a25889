package uk.mhhs.vas.calculation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * One BM unit's ΣC and ΣW·C per period as its aggregates stream past, in exact integers: C in thousandths of a kWh,
 * W·C in units of 10^-(3 + the weights' common scale). A sum that would overflow a long moves to a BigInteger, so
 * nothing is ever rounded. {@link #sums} gives the same BigDecimals (value and scale) as PostgreSQL's numeric sums did:
 * ΣC at scale 3, ΣW·C at the largest scale of its terms (3 + the class weight's scale).
 */
final class UnitTotals {

    /** Periods a settlement day can have, and then some (a day has 46, 48 or 50). */
    static final int PERIODS = 64;

    private final String bmUnit;
    private final String supplier;
    private final int commonScale;
    private final long[] uncorrected = new long[PERIODS];
    private final long[] weighted = new long[PERIODS];
    private final BigInteger[] weightedSpill = new BigInteger[PERIODS];
    private final int[] weightedScale = new int[PERIODS];
    private final int[] mpans = new int[PERIODS];

    /** @param commonScale the scale W·C is counted at: 3 + the largest scale of the run's weights */
    UnitTotals(String bmUnit, String supplier, int commonScale) {
        this.bmUnit = bmUnit;
        this.supplier = supplier;
        this.commonScale = commonScale;
        Arrays.fill(weightedScale, -1);
    }

    String bmUnit() {
        return bmUnit;
    }

    String supplier() {
        return supplier;
    }

    /**
     * Adds one aggregate: {@code signedThousandths} C, {@code weightUnscaled} W at the common scale, and the scale W·C
     * has in its own right ({@code 3 + W's scale}).
     */
    void add(int period, long signedThousandths, long weightUnscaled, int termScale, int consumptionMpans) {
        uncorrected[period] = Math.addExact(uncorrected[period], signedThousandths);
        long term;
        try {
            term = Math.multiplyExact(signedThousandths, weightUnscaled);
        } catch (ArithmeticException tooLarge) {
            spill(period, BigInteger.valueOf(signedThousandths).multiply(BigInteger.valueOf(weightUnscaled)));
            term = 0;
        }
        long sum = weighted[period] + term;
        if (((weighted[period] ^ sum) & (term ^ sum)) < 0) {
            spill(period, BigInteger.valueOf(weighted[period]).add(BigInteger.valueOf(term)));
            sum = 0;
        }
        weighted[period] = sum;
        weightedScale[period] = Math.max(weightedScale[period], termScale);
        mpans[period] += consumptionMpans;
    }

    private void spill(int period, BigInteger amount) {
        weightedSpill[period] = weightedSpill[period] == null ? amount : weightedSpill[period].add(amount);
    }

    /** Adds a row per period with aggregates to {@code out}, in period order. */
    void sums(List<UnitSums> out) {
        for (int p = 0; p < PERIODS; p++) {
            if (weightedScale[p] < 0) {
                continue;
            }
            BigInteger w = BigInteger.valueOf(weighted[p]);
            if (weightedSpill[p] != null) {
                w = w.add(weightedSpill[p]);
            }
            // exact: every term had at most weightedScale[p] decimals, so the dropped digits are zeros
            BigDecimal wc = new BigDecimal(w, commonScale).setScale(weightedScale[p]);
            out.add(new UnitSums(bmUnit, supplier, p, BigDecimal.valueOf(uncorrected[p], 3), wc, mpans[p]));
        }
    }
}
