package uk.mhhs.dataservice.rules.estimation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Spreads a total over chosen slots in proportion to weights: slot k gets total × w_k / Σ w, rounded once,
 * HALF_UP to 3 decimals. With all weights zero the slots share equally. Optionally the rounding residual
 * (the rounded total minus the sum of the rounded shares, at most 0.0005 kWh per slot) is added to the slot
 * with the largest weight (the first of equals), so the shares add up to the total rounded to 3 decimals.
 * Allocation-free apart from the results.
 */
public final class Apportion {

    private static final BigDecimal[] SMALL_INTS = new BigDecimal[1024];

    static {
        for (int i = 0; i < SMALL_INTS.length; i++) {
            SMALL_INTS[i] = BigDecimal.valueOf(i);
        }
    }

    private Apportion() {}

    /**
     * @param total    the amount to spread
     * @param weights  the weights, indexed like {@code out}
     * @param slots    the indices of {@code out} to fill, the first {@code count} of them
     * @param count    how many slots
     * @param out      receives the shares at the slot indices (scale 3)
     * @param balance  put the rounding residual on the largest-weight slot
     */
    public static void spread(BigDecimal total, BigDecimal[] weights, int[] slots, int count, BigDecimal[] out, boolean balance) {
        if (count == 0) {
            return;
        }
        BigDecimal sumW = BigDecimal.ZERO;
        int largest = slots[0];
        for (int k = 0; k < count; k++) {
            BigDecimal w = weights[slots[k]];
            sumW = sumW.add(w);
            if (w.compareTo(weights[largest]) > 0) {
                largest = slots[k];
            }
        }
        boolean equal = sumW.signum() == 0;
        BigDecimal divisor = equal ? count(count) : sumW;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < count; k++) {
            BigDecimal numerator = equal ? total : total.multiply(weights[slots[k]]);
            BigDecimal share = numerator.divide(divisor, 3, RoundingMode.HALF_UP);
            out[slots[k]] = share;
            sum = sum.add(share);
        }
        if (balance) {
            BigDecimal residual = total.setScale(3, RoundingMode.HALF_UP).subtract(sum);
            if (residual.signum() != 0) {
                out[largest] = out[largest].add(residual);
            }
        }
    }

    private static BigDecimal count(int n) {
        return n < SMALL_INTS.length ? SMALL_INTS[n] : BigDecimal.valueOf(n);
    }
}
