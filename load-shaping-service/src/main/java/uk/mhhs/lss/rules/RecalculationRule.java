package uk.mhhs.lss.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether a published shape must be recalculated because late data changed its sample
 * ({@link CategoryShape#sample()}): when |new − previous| / previous &gt; threshold (strictly greater; default
 * threshold 0.05 = 5 %, {@link LssSettings#recalculationShare()}). A previous sample of 0 needs a recalculation
 * as soon as the new sample is above 0. Compared exactly: |new − previous| &gt; threshold × previous.
 */
public final class RecalculationRule {

    private RecalculationRule() {}

    /** See the class comment. Samples must not be negative. */
    public static boolean needed(int previousSample, int newSample, BigDecimal threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (previousSample < 0 || newSample < 0) {
            throw new IllegalArgumentException("samples must not be negative: " + previousSample + ", " + newSample);
        }
        if (previousSample == 0) {
            return newSample > 0;
        }
        BigDecimal change = BigDecimal.valueOf(Math.abs((long) newSample - previousSample));
        return change.compareTo(threshold.multiply(BigDecimal.valueOf(previousSample))) > 0;
    }
}
