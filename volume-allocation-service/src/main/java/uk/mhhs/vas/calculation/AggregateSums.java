package uk.mhhs.vas.calculation;

import org.springframework.stereotype.Component;
import uk.mhhs.vas.aggregates.AggregateReader;
import uk.mhhs.vas.aggregates.AggregateRow;
import uk.mhhs.vas.rules.ComponentClass;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Reads a run's aggregates as ΣC and ΣW·C per BM unit and period, a GSP group at a time: the aggregates stream
 * past through COPY ({@link AggregateReader}) and are signed, weighted and summed here in exact integers
 * ({@link UnitTotals}) — several times faster than PostgreSQL's group-by over millions of rows joined to the weights —
 * and Java holds one group's sums at a time.
 */
@Component
class AggregateSums {

    private final AggregateReader reader;

    AggregateSums(DataSource dataSource) {
        this.reader = new AggregateReader(dataSource);
    }

    /**
     * Hands {@code group} each GSP group's sums, in GSP group order, once the group is read (so the caller may store
     * its results on the same connection).
     *
     * @param classes the run's classes by ID (their weights, sign and losses)
     * @throws AllocationException for a class the run's reference does not know, or a BM unit of two suppliers
     */
    void read(UUID setId, Map<Integer, ComponentClass> classes, BiConsumer<String, List<UnitSums>> group) {
        Weights weights = new Weights(classes);
        Map<String, String> suppliers = new HashMap<>();
        for (String gspGroup : reader.gspGroups(setId)) {
            List<UnitSums> units = new ArrayList<>();
            UnitTotals[] current = {null};
            reader.read(setId, gspGroup, row -> {
                UnitTotals unit = current[0];
                if (unit == null || row.bmUnit() != unit.bmUnit() || row.supplier() != unit.supplier()) {
                    if (unit != null) {
                        unit.sums(units);
                    }
                    String other = suppliers.putIfAbsent(row.bmUnit(), row.supplier());
                    if (other != null && !other.equals(row.supplier())) {
                        throw new AllocationException("aggregate set " + setId + " gives BM unit " + row.bmUnit()
                                + " two suppliers: " + other + " and " + row.supplier());
                    }
                    unit = current[0] = new UnitTotals(row.bmUnit(), row.supplier(), weights.commonScale);
                }
                add(unit, row, weights, setId);
            });
            if (current[0] != null) {
                current[0].sums(units);
            }
            group.accept(gspGroup, List.copyOf(units));
        }
    }

    private static void add(UnitTotals unit, AggregateRow row, Weights weights, UUID setId) {
        int ccc = row.ccc();
        ComponentClass c = ccc >= 0 && ccc < weights.byId.length ? weights.byId[ccc] : null;
        if (c == null) {
            throw new AllocationException("aggregate set " + setId + " has consumption component class " + ccc
                    + " (GSP group " + row.gspGroup() + ", BM unit " + row.bmUnit() + ") which ISD does not know on "
                    + "the run's settlement date");
        }
        int period = row.period();
        if (period < 0 || period >= UnitTotals.PERIODS) {
            throw new AllocationException("aggregates of GSP group " + row.gspGroup() + " have settlement period "
                    + period + " which no settlement day has");
        }
        long kwh = c.export() ? -row.kwhThousandths() : row.kwhThousandths();
        unit.add(period, kwh, weights.unscaled[ccc], weights.termScale[ccc], c.losses() ? 0 : row.mpans());
    }

    /** The run's classes by ID, with each weight as an integer at their common scale. */
    private static final class Weights {

        final ComponentClass[] byId;
        final long[] unscaled;
        final int[] termScale;
        final int commonScale;

        Weights(Map<Integer, ComponentClass> classes) {
            int top = classes.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            byId = new ComponentClass[top + 1];
            unscaled = new long[top + 1];
            termScale = new int[top + 1];
            int scale = classes.values().stream().mapToInt(c -> Math.max(0, c.scalingWeight().scale())).max().orElse(0);
            for (ComponentClass c : classes.values()) {
                if (c.id() < 0) {
                    continue;
                }
                byId[c.id()] = c;
                unscaled[c.id()] = c.scalingWeight().setScale(scale).unscaledValue().longValueExact();
                termScale[c.id()] = 3 + Math.max(0, c.scalingWeight().scale());
            }
            commonScale = 3 + scale;
        }
    }
}
