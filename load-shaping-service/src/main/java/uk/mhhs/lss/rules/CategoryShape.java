package uk.mhhs.lss.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * The published load shape of one category on one UTC date.
 *
 * @param c      the category
 * @param values 48 kWh values, scale 3 (index 0 = period ending 00:30Z)
 * @param flags  48 flags ({@link ShapeFlag}: A, D, E, B)
 * @param sample the category's own sample: the largest number of MPANs with an actual value in any one period
 *               of the day, at the category's own level (0 with no data). Used by {@link RecalculationRule}.
 * @param source where the values came from ({@link ShapeSource}); several joined with "+" in ladder order
 */
public record CategoryShape(Category c, BigDecimal[] values, String[] flags, int sample, String source) {

    public CategoryShape {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(source, "source");
        if (values.length != PeriodRange.PERIODS || flags.length != PeriodRange.PERIODS) {
            throw new IllegalArgumentException("values and flags must have 48 periods");
        }
        values = values.clone();
        flags = flags.clone();
    }

    @Override
    public BigDecimal[] values() {
        return values.clone();
    }

    @Override
    public String[] flags() {
        return flags.clone();
    }

    /** The value of period index {@code index} (0..47). */
    public BigDecimal value(int index) {
        return values[index];
    }

    /** The flag of period index {@code index} (0..47). */
    public String flag(int index) {
        return flags[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoryShape s && c.equals(s.c) && Arrays.equals(values, s.values)
                && Arrays.equals(flags, s.flags) && sample == s.sample && source.equals(s.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(c, Arrays.hashCode(values), Arrays.hashCode(flags), sample, source);
    }

    @Override
    public String toString() {
        return "CategoryShape[c=" + c + ", values=" + Arrays.toString(values) + ", flags=" + Arrays.toString(flags)
                + ", sample=" + sample + ", source=" + source + "]";
    }
}
