package uk.mhhs.dataservice.rules.estimation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import uk.mhhs.dataservice.rules.LoadShape;

/**
 * Apportions a multi-day register advance to its days by load shape: day d gets
 * advance × Σ_i LS_d,i / Σ_days Σ_i LS_i (HALF_UP, 3 decimals, residual on the day with the largest shape
 * total), which {@link uk.mhhs.dataservice.rules.MeterDay#multiDayAdvanceShare()} then carries (q = E3).
 */
public final class AdvanceApportionment {

    private AdvanceApportionment() {}

    /**
     * @param advance the advance over all the days
     * @param shapes  one shape per day, in date order
     * @return the share of each day, in the same order
     */
    public static BigDecimal[] shares(BigDecimal advance, List<LoadShape> shapes) {
        Objects.requireNonNull(advance, "advance");
        int n = shapes.size();
        BigDecimal[] totals = new BigDecimal[n];
        int[] slots = new int[n];
        for (int d = 0; d < n; d++) {
            totals[d] = shapes.get(d).dailyTotal();
            slots[d] = d;
        }
        BigDecimal[] out = new BigDecimal[n];
        Apportion.spread(advance, totals, slots, n, out, true);
        return out;
    }
}
