package uk.mhhs.mds.rules;

import java.time.LocalDate;

/**
 * A half hour of a UTC date as MDS stores consumption: the same indexing as {@link CheckResult#values()}.
 *
 * @param utcDate the UTC date the half hour starts on
 * @param index   0..47: the half hour from 00:00Z + 30·index to 00:00Z + 30·(index+1) minutes
 */
public record UtcPeriod(LocalDate utcDate, int index) {

    /**
     * @throws IllegalArgumentException if the date is missing or the index is not 0..47
     */
    public UtcPeriod {
        if (utcDate == null) {
            throw new IllegalArgumentException("UTC date is missing");
        }
        if (index < 0 || index > 47) {
            throw new IllegalArgumentException("UTC period index must be 0 to 47 but was " + index);
        }
    }
}
