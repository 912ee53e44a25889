package uk.mhhs.lss.rules;

import java.util.BitSet;
import java.util.Objects;

/**
 * A set of UTC settlement periods, written with 1-based period numbers as comma-separated single numbers or
 * ranges: "15-48", "1-14", "1,16-48", "2-15". Period n is the half hour ending 00:00Z + 30·n minutes, so
 * period 15 is 07:00–07:30Z. Whitespace around numbers is allowed; numbers outside 1..48, reversed ranges,
 * overlapping or repeated parts and empty parts are rejected with a message naming the string.
 */
public final class PeriodRange {

    /** Periods in a UTC settlement day. */
    public static final int PERIODS = 48;

    private final String text;
    private final BitSet periods;

    private PeriodRange(String text, BitSet periods) {
        this.text = text;
        this.periods = periods;
    }

    /** Parses a range string such as "1,16-48". */
    public static PeriodRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("period range must not be empty, e.g. \"15-48\" or \"1,16-48\"");
        }
        BitSet set = new BitSet(PERIODS);
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw invalid(text, "empty part");
            }
            String[] ends = p.split("-", -1);
            if (ends.length > 2) {
                throw invalid(text, "\"" + p + "\" is not a number or a range n-m");
            }
            int from = number(text, ends[0]);
            int to = ends.length == 2 ? number(text, ends[1]) : from;
            if (to < from) {
                throw invalid(text, "range \"" + p + "\" is reversed");
            }
            for (int n = from; n <= to; n++) {
                if (set.get(n - 1)) {
                    throw invalid(text, "period " + n + " appears twice");
                }
                set.set(n - 1);
            }
        }
        return new PeriodRange(text.strip(), set);
    }

    private static int number(String text, String s) {
        String t = s.strip();
        if (t.isEmpty() || !t.chars().allMatch(Character::isDigit) || t.length() > 2) {
            throw invalid(text, "\"" + t + "\" is not a period number 1..48");
        }
        int n = Integer.parseInt(t);
        if (n < 1 || n > PERIODS) {
            throw invalid(text, "period " + n + " is outside 1..48");
        }
        return n;
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("invalid period range \"" + text + "\": " + why
                + " (expected 1-based periods 1..48 like \"15-48\" or \"1,16-48\")");
    }

    /** Whether the 0-based period index (0..47) is in the range. */
    public boolean containsIndex(int index) {
        return index >= 0 && index < PERIODS && periods.get(index);
    }

    /** Whether the 1-based period number (1..48) is in the range. */
    public boolean containsPeriod(int period) {
        return containsIndex(period - 1);
    }

    /** How many periods are in the range. */
    public int size() {
        return periods.cardinality();
    }

    /** Whether this range and {@code other} share a period. */
    public boolean overlaps(PeriodRange other) {
        return periods.intersects(other.periods);
    }

    /** The string the range was parsed from (stripped). */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodRange r && periods.equals(r.periods);
    }

    @Override
    public int hashCode() {
        return Objects.hash(periods);
    }

    @Override
    public String toString() {
        return text;
    }
}
