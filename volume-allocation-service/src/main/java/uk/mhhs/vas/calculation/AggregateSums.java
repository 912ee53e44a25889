package uk.mhhs.vas.calculation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a GSP group's aggregates as ΣC and ΣW·C per BM unit and period: the database signs and weights each row through
 * the run's {@code run_weight} rows and sums them, so only a BM unit × period row per group crosses the wire, however
 * many classes the market has.
 */
@Component
class AggregateSums {

    private static final String SQL = """
            select a.bm_unit_id, min(a.supplier_mpid) as supplier, max(a.supplier_mpid) as other_supplier, a.period,
                   sum(case when w.export then -a.kwh else a.kwh end) as uncorrected,
                   sum(case when w.export then -a.kwh else a.kwh end * w.weight) as weighted,
                   coalesce(sum(a.mpans) filter (where not w.losses), 0) as mpans,
                   min(a.ccc_id) filter (where w.ccc_id is null) as unknown_class,
                   count(*) as rows
              from aggregate a left join run_weight w on w.run_id = ? and w.ccc_id = a.ccc_id
             where a.set_id = ? and a.gsp_group = ?
             group by a.bm_unit_id, a.period""";

    /** A group's sums and how many aggregate rows they came from. */
    record GroupSums(List<UnitSums> units, long rows) {
    }

    private final JdbcTemplate jdbc;

    AggregateSums(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(2000);
    }

    /** @throws AllocationException for a class the run's reference does not know, or a BM unit of two suppliers */
    GroupSums read(UUID runId, UUID setId, String gspGroup) {
        List<UnitSums> units = new ArrayList<>();
        long[] rows = {0};
        jdbc.query(SQL, rs -> {
            String bmUnit = rs.getString("bm_unit_id");
            int unknown = rs.getInt("unknown_class");
            if (!rs.wasNull()) {
                throw new AllocationException("aggregate set " + setId + " has consumption component class " + unknown
                        + " (GSP group " + gspGroup + ", BM unit " + bmUnit + ") which ISD does not know on the run's "
                        + "settlement date");
            }
            String supplier = rs.getString("supplier");
            if (!supplier.equals(rs.getString("other_supplier"))) {
                throw new AllocationException("aggregate set " + setId + " gives BM unit " + bmUnit + " two suppliers: "
                        + supplier + " and " + rs.getString("other_supplier"));
            }
            units.add(new UnitSums(bmUnit, supplier, rs.getInt("period"), rs.getBigDecimal("uncorrected"),
                    rs.getBigDecimal("weighted"), rs.getInt("mpans")));
            rows[0] += rs.getLong("rows");
        }, runId, setId, gspGroup);
        return new GroupSums(units, rows[0]);
    }
}
