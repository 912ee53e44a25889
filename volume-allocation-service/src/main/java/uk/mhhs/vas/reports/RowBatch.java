package uk.mhhs.vas.reports;

import uk.mhhs.dipclient.reports.ReportAggregate;
import uk.mhhs.vas.aggregates.AggregateRow;

import java.math.BigDecimal;
import java.util.function.Consumer;

/** A few thousand aggregates of one GSP group, copied out of the reader's reused row to cross to the report builder. */
final class RowBatch {

    private final String[] suppliers;
    private final String[] bmUnits;
    private final int[] classes;
    private final int[] periods;
    private final long[] kwhThousandths;
    private final int[] mpans;
    private int size;

    RowBatch(int capacity) {
        suppliers = new String[capacity];
        bmUnits = new String[capacity];
        classes = new int[capacity];
        periods = new int[capacity];
        kwhThousandths = new long[capacity];
        mpans = new int[capacity];
    }

    /** @return whether the batch is now full */
    boolean add(AggregateRow row) {
        suppliers[size] = row.supplier();
        bmUnits[size] = row.bmUnit();
        classes[size] = row.ccc();
        periods[size] = row.period();
        kwhThousandths[size] = row.kwhThousandths();
        mpans[size] = row.mpans();
        return ++size == suppliers.length;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void forEach(Consumer<ReportAggregate> rows) {
        for (int i = 0; i < size; i++) {
            rows.accept(new ReportAggregate(suppliers[i], bmUnits[i], classes[i], periods[i],
                    BigDecimal.valueOf(kwhThousandths[i], 3), mpans[i]));
        }
    }
}
