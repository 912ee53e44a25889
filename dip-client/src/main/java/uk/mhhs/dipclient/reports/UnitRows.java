package uk.mhhs.dipclient.reports;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * One BM unit's aggregates as {@link Rep006Writer} holds them until the unit ends: by class (in order), each an array by
 * settlement period. Rows come a class at a time, so the last class's array is kept at hand: no map lookup, boxing or
 * tree node per row.
 */
final class UnitRows {

    static final ReportAggregate[] NONE = {};

    private final Map<Integer, ReportAggregate[]> byClass = new TreeMap<>();
    private int lastClass = -1;
    private ReportAggregate[] lastPeriods;

    /** Keeps the row (a later row of the same class and period replaces it). */
    void put(ReportAggregate row) {
        int period = row.period();
        if (period < 0) {
            throw new IllegalArgumentException("settlement period " + period + " of BM unit " + row.bmUnit());
        }
        ReportAggregate[] periods = row.ccc() == lastClass ? lastPeriods : byClass.get(row.ccc());
        if (periods == null || period >= periods.length) {
            periods = periods == null ? new ReportAggregate[Math.max(51, period + 1)]
                    : Arrays.copyOf(periods, period + 1);
            byClass.put(row.ccc(), periods);
        }
        periods[period] = row;
        lastClass = row.ccc();
        lastPeriods = periods;
    }

    /** The class's rows by period ({@code null} where none), or an empty array. */
    ReportAggregate[] of(int ccc) {
        return byClass.getOrDefault(ccc, NONE);
    }

    /** Each class with rows, in class order. */
    void forEach(BiConsumer<Integer, ReportAggregate[]> each) {
        byClass.forEach(each);
    }

    void clear() {
        byClass.clear();
        lastClass = -1;
        lastPeriods = null;
    }
}
