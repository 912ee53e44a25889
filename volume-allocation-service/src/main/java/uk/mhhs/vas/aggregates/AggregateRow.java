package uk.mhhs.vas.aggregates;

import java.math.BigDecimal;

/**
 * One stored aggregate as {@link AggregateReader} hands it over: a single instance is refilled for every row, so a
 * reader keeps what it needs, not the row. Strings are shared with the previous row when equal (a BM unit's 1,900-odd
 * rows share one ID), so comparing them is cheap.
 */
public final class AggregateRow {

    String gspGroup;
    String supplier;
    String bmUnit;
    int ccc;
    int period;
    long kwhThousandths;
    int mpans;

    public String gspGroup() {
        return gspGroup;
    }

    public String supplier() {
        return supplier;
    }

    public String bmUnit() {
        return bmUnit;
    }

    /** The consumption component class ID. */
    public int ccc() {
        return ccc;
    }

    public int period() {
        return period;
    }

    /** kWh as MDS sent it, in thousandths (the column's scale): exact integer arithmetic for the sums. */
    public long kwhThousandths() {
        return kwhThousandths;
    }

    /** kWh as MDS sent it, scale 3 as stored. */
    public BigDecimal kwh() {
        return BigDecimal.valueOf(kwhThousandths, 3);
    }

    public int mpans() {
        return mpans;
    }
}
