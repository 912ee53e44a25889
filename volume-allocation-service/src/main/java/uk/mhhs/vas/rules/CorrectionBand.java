package uk.mhhs.vas.rules;

import java.math.BigDecimal;

/**
 * The range a correction factor is expected in; one outside it is still applied but reported as an exception.
 *
 * @param low  the lowest unexceptional factor (inclusive)
 * @param high the highest unexceptional factor (inclusive)
 */
public record CorrectionBand(BigDecimal low, BigDecimal high) {

    public CorrectionBand {
        if (low == null || high == null || low.compareTo(high) > 0) {
            throw new IllegalArgumentException("correction band needs low <= high: " + low + ".." + high);
        }
    }

    /** Whether {@code factor} lies inside the band, edges included. */
    public boolean contains(BigDecimal factor) {
        return factor.compareTo(low) >= 0 && factor.compareTo(high) <= 0;
    }
}
