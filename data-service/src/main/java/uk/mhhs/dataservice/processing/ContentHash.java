package uk.mhhs.dataservice.processing;

import uk.mhhs.dataservice.rules.PeriodValue;

import java.util.List;

/**
 * A 64-bit hash of a day's periods (value, quality, reasons): equal for the same content, so an IF-021 whose content
 * did not change is not sent again. FNV-1a over the canonical text; a collision (about 1 in 2^64 per pair) would
 * only suppress one re-send, which the next change sends anyway.
 */
final class ContentHash {

    private ContentHash() {
    }

    static long of(List<PeriodValue> periods) {
        long hash = 0xcbf29ce484222325L;
        for (PeriodValue p : periods) {
            hash = mix(hash, p.kwh().stripTrailingZeros().toPlainString());
            hash = mix(hash, p.q());
            hash = mix(hash, p.e());
            hash = mix(hash, p.arc());
        }
        return hash;
    }

    private static long mix(long hash, String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                hash ^= text.charAt(i);
                hash *= 0x100000001b3L;
            }
        }
        hash ^= '|';
        return hash * 0x100000001b3L;
    }
}
