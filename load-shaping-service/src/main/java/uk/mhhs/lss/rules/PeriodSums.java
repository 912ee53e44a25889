package uk.mhhs.lss.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;

/**
 * The sample of one category on one UTC date: per period (index 0..47) the number of MPANs with an ACTUAL value
 * ({@link ActualQuality}) and the sum of those values in milli-kWh (values have 3 decimals, so the sum is exact
 * in a {@code long}). The adapter gets these for the fine categories with one SQL {@code group by}; coarser
 * levels are sums of fine ones ({@link #plus(PeriodSums)}).
 *
 * <p>The arrays are copied in and out; equality is by content.
 *
 * @param count       48 counts of MPANs with an actual value in the period (not negative)
 * @param sumMilliKwh 48 sums of those actual values, in milli-kWh (0.250 kWh = 250)
 */
public record PeriodSums(long[] count, long[] sumMilliKwh) {

    public PeriodSums {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(sumMilliKwh, "sumMilliKwh");
        if (count.length != PeriodRange.PERIODS || sumMilliKwh.length != PeriodRange.PERIODS) {
            throw new IllegalArgumentException("count and sumMilliKwh must have 48 periods, got " + count.length
                    + " and " + sumMilliKwh.length);
        }
        count = count.clone();
        sumMilliKwh = sumMilliKwh.clone();
        for (int i = 0; i < PeriodRange.PERIODS; i++) {
            if (count[i] < 0) {
                throw new IllegalArgumentException("count of period " + (i + 1) + " is negative");
            }
            if (count[i] == 0 && sumMilliKwh[i] != 0) {
                throw new IllegalArgumentException("period " + (i + 1) + " has a sum but no MPAN");
            }
        }
    }

    /** No MPAN in any period. */
    public static PeriodSums empty() {
        return new PeriodSums(new long[PeriodRange.PERIODS], new long[PeriodRange.PERIODS]);
    }

    /** The same count and sum (milli-kWh) in all 48 periods. */
    public static PeriodSums uniform(long count, long sumMilliKwh) {
        long[] c = new long[PeriodRange.PERIODS];
        long[] s = new long[PeriodRange.PERIODS];
        Arrays.fill(c, count);
        Arrays.fill(s, sumMilliKwh);
        return new PeriodSums(c, s);
    }

    /** kWh (any scale) to milli-kWh, rounded HALF_UP to 3 decimals first. */
    public static long toMilliKwh(BigDecimal kwh) {
        return kwh.setScale(3, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /** Period-wise sum of this and {@code other}. */
    public PeriodSums plus(PeriodSums other) {
        long[] c = count.clone();
        long[] s = sumMilliKwh.clone();
        for (int i = 0; i < PeriodRange.PERIODS; i++) {
            c[i] = Math.addExact(c[i], other.count[i]);
            s[i] = Math.addExact(s[i], other.sumMilliKwh[i]);
        }
        return new PeriodSums(c, s);
    }

    /** A copy with one more MPAN of {@code milliKwh} in period index {@code index}. */
    public PeriodSums with(int index, long addCount, long addMilliKwh) {
        long[] c = count.clone();
        long[] s = sumMilliKwh.clone();
        c[index] = Math.addExact(c[index], addCount);
        s[index] = Math.addExact(s[index], addMilliKwh);
        return new PeriodSums(c, s);
    }

    /** The count of period index {@code index} (0..47). */
    public long countAt(int index) {
        return count[index];
    }

    /** The sum (milli-kWh) of period index {@code index} (0..47). */
    public long sumAt(int index) {
        return sumMilliKwh[index];
    }

    /** The mean kWh of period index {@code index}, scale 3 HALF_UP; {@code null} with no MPAN. */
    public BigDecimal meanKwh(int index) {
        if (count[index] == 0) {
            return null;
        }
        return BigDecimal.valueOf(sumMilliKwh[index], 3).divide(BigDecimal.valueOf(count[index]), 3,
                RoundingMode.HALF_UP);
    }

    /** The largest count of any period (0 with no data). */
    public long maxCount() {
        return Arrays.stream(count).max().orElse(0);
    }

    @Override
    public long[] count() {
        return count.clone();
    }

    @Override
    public long[] sumMilliKwh() {
        return sumMilliKwh.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodSums p && Arrays.equals(count, p.count) && Arrays.equals(sumMilliKwh, p.sumMilliKwh);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(count) + Arrays.hashCode(sumMilliKwh);
    }

    @Override
    public String toString() {
        return "PeriodSums[count=" + Arrays.toString(count) + ", sumMilliKwh=" + Arrays.toString(sumMilliKwh) + "]";
    }
}
