package uk.mhhs.lss.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the fine sample ({@code Map<Category, PeriodSums>}) of one date from individual MPAN period values or
 * from pre-aggregated rows, and aggregates a coarser level from it. Mutable; not thread-safe.
 *
 * <p>{@link #add} ignores values that are not actual ({@link ActualQuality}) — the same filter the adapter's
 * SQL applies — and rounds a value to 3 decimals HALF_UP (milli-kWh) before summing.
 */
public final class SampleCube {

    private final Map<Category, long[][]> cells = new LinkedHashMap<>();

    /**
     * Adds one MPAN's value for period index {@code index} (0..47) of a fine category if its quality
     * {@code q} is actual; returns whether it was counted.
     */
    public boolean add(Category category, int index, BigDecimal kwh, String q) {
        Objects.requireNonNull(kwh, "kwh");
        if (!ActualQuality.isActual(q)) {
            return false;
        }
        addSums(category, index, 1, PeriodSums.toMilliKwh(kwh));
        return true;
    }

    /** Adds a pre-aggregated row: {@code count} MPANs with actual values summing to {@code sumMilliKwh}. */
    public SampleCube addSums(Category category, int index, long count, long sumMilliKwh) {
        Objects.requireNonNull(category, "category");
        if (index < 0 || index >= PeriodRange.PERIODS) {
            throw new IllegalArgumentException("period index must be 0..47, got " + index);
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        long[][] cell = cells.computeIfAbsent(category,
                c -> new long[][] {new long[PeriodRange.PERIODS], new long[PeriodRange.PERIODS]});
        cell[0][index] = Math.addExact(cell[0][index], count);
        cell[1][index] = Math.addExact(cell[1][index], sumMilliKwh);
        return this;
    }

    /** Adds the same count and sum to all 48 periods. */
    public SampleCube addUniform(Category category, long count, long sumMilliKwh) {
        for (int i = 0; i < PeriodRange.PERIODS; i++) {
            addSums(category, i, count, sumMilliKwh);
        }
        return this;
    }

    /** The fine sample built so far. */
    public Map<Category, PeriodSums> sums() {
        Map<Category, PeriodSums> out = new LinkedHashMap<>();
        cells.forEach((c, cell) -> out.put(c, new PeriodSums(cell[0], cell[1])));
        return out;
    }

    /** The sum of every fine category that {@code level} contains ({@link Category#contains}). */
    public static PeriodSums aggregate(Map<Category, PeriodSums> fine, Category level) {
        PeriodSums total = PeriodSums.empty();
        for (Map.Entry<Category, PeriodSums> e : fine.entrySet()) {
            if (level.contains(e.getKey())) {
                total = total.plus(e.getValue());
            }
        }
        return total;
    }
}
