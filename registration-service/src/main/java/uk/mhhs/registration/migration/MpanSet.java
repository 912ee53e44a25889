package uk.mhhs.registration.migration;

import java.util.Arrays;

/**
 * The MPAN cores seen so far in one file, to reject duplicates while streaming: open addressing over a
 * {@code long[]} (a million MPANs cost 16 MB, not the ~100 MB of a {@code HashSet<Long>}).
 */
final class MpanSet {

    private long[] slots = new long[1 << 16];
    private int size;

    /** @return whether it was new */
    boolean add(long mpan) {
        if (size * 2 >= slots.length) {
            grow();
        }
        return insert(slots, mpan);
    }

    private boolean insert(long[] table, long mpan) {
        int mask = table.length - 1;
        int i = (int) (mix(mpan) & mask);
        while (table[i] != 0) {
            if (table[i] == mpan) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = mpan;
        if (table == slots) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        int kept = size;
        slots = new long[old.length * 2];
        Arrays.stream(old).filter(v -> v != 0).forEach(v -> insert(slots, v));
        size = kept;
    }

    private static long mix(long v) {
        v ^= v >>> 33;
        v *= 0xff51afd7ed558ccdL;
        return v ^ (v >>> 33);
    }
}
