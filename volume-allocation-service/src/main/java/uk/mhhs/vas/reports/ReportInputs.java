package uk.mhhs.vas.reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.mhhs.vas.aggregates.AggregateReader;
import uk.mhhs.dipclient.reports.ReportAggregate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** What the reports read of a calculated run: its aggregates (streamed), correction factors and BM unit volumes. */
@Repository
class ReportInputs {

    /** Receives the aggregates of a set in (GSP group, supplier, BM unit, class, period) order. */
    interface AggregateSink {
        void accept(String gspGroup, ReportAggregate row);

        /** The GSP group's aggregates are all read: the connection is free for its reports. */
        void groupRead(String gspGroup);
    }

    /** Σ BMUADV of one supplier's BM units in a GSP group and period (REP-004). */
    record DeemedTake(String gspGroup, String supplier, int period, BigDecimal kwh) {
    }

    /** A BM unit that has volumes in a GSP group (REP-007). */
    record GroupUnit(String gspGroup, String supplier, String bmUnit) {
    }

    private final JdbcTemplate jdbc;
    private final AggregateReader reader;

    @Autowired
    ReportInputs(JdbcTemplate jdbc, DataSource dataSource) {
        this(jdbc, dataSource, 1 << 16);
    }

    /** @param readBytes bytes of the aggregates' COPY parsed at a time (tests make it tiny to cut rows apart) */
    ReportInputs(JdbcTemplate jdbc, DataSource dataSource, int readBytes) {
        this.jdbc = jdbc;
        this.reader = new AggregateReader(dataSource, readBytes);
    }

    /**
     * Streams the set's aggregates a GSP group at a time through COPY, without holding them; between groups the
     * connection is free for the previous group's reports (a COPY holds it while it lasts).
     */
    void aggregates(UUID setId, AggregateSink sink) {
        for (String gspGroup : reader.gspGroups(setId)) {
            reader.read(setId, gspGroup, row -> sink.accept(gspGroup, new ReportAggregate(row.supplier(),
                    row.bmUnit(), row.ccc(), row.period(), row.kwh(), row.mpans())));
            sink.groupRead(gspGroup);
        }
    }

    /** The run's correction factors by GSP group. */
    Map<String, GroupFactors> correctionFactors(UUID runId, int periods) {
        Map<String, GroupFactors> out = new TreeMap<>();
        jdbc.query("select gsp_group, period, factor, exception from correction_factor where run_id = ?",
                rs -> {
                    out.computeIfAbsent(rs.getString(1), g -> new GroupFactors(periods)).put(rs.getInt(2),
                            rs.getBigDecimal(3), rs.getString(4));
                }, runId);
        return out;
    }

    /** Σ BMUADV per GSP group, supplier and period, in that order. */
    List<DeemedTake> deemedTakes(UUID runId) {
        return jdbc.query("""
                        select gsp_group, supplier_mpid, period, sum(corrected) from bm_unit_volume where run_id = ?
                         group by gsp_group, supplier_mpid, period order by gsp_group, supplier_mpid, period""",
                (rs, n) -> new DeemedTake(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)),
                runId);
    }

    /** The BM units with volumes in the given GSP groups, in (GSP group, supplier, BM unit) order. */
    List<GroupUnit> units(UUID runId, Collection<String> gspGroups) {
        if (gspGroups.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                        select distinct gsp_group, supplier_mpid, bm_unit_id from bm_unit_volume
                         where run_id = ? order by gsp_group, supplier_mpid, bm_unit_id""",
                (rs, n) -> new GroupUnit(rs.getString(1), rs.getString(2), rs.getString(3)), runId)
                .stream().filter(u -> gspGroups.contains(u.gspGroup())).toList();
    }
}
