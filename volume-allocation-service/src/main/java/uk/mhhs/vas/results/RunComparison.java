package uk.mhhs.vas.results;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares two runs' stored results and inputs (see {@link Comparison}). */
@Component
class RunComparison {

    private final JdbcTemplate jdbc;

    RunComparison(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Comparison compare(RunLookup.RunInputs run, RunLookup.RunInputs with) {
        Map<String, List<Comparison.ClassChange>> classes = classChanges(with, run);
        Map<String, Comparison.Change> takes = takeChanges(with, run);
        List<Comparison.ChangedVolume> changes = jdbc.query("""
                select coalesce(a.gsp_group, b.gsp_group) as gsp_group,
                       coalesce(a.supplier_mpid, b.supplier_mpid) as supplier_mpid,
                       coalesce(a.bm_unit_id, b.bm_unit_id) as bm_unit_id, coalesce(a.period, b.period) as period,
                       b.corrected as before, a.corrected as after
                  from (select * from bm_unit_volume where run_id = ?) a
                  full join (select * from bm_unit_volume where run_id = ?) b
                    on a.bm_unit_id = b.bm_unit_id and a.period = b.period
                 where round(a.corrected, 3) is distinct from round(b.corrected, 3)
                 order by 1, 3, 4""", (rs, i) -> {
            String bmUnit = rs.getString("bm_unit_id");
            String gspGroup = rs.getString("gsp_group");
            int period = rs.getInt("period");
            return new Comparison.ChangedVolume(gspGroup, rs.getString("supplier_mpid"), bmUnit, period,
                    Comparison.Change.of(rs.getBigDecimal("before"), rs.getBigDecimal("after")),
                    classes.getOrDefault(bmUnit + "|" + period, List.of()), takes.get(gspGroup + "|" + period));
        }, run.id(), with.id());
        return new Comparison(run.id(), with.id(), Comparison.Change.of(total(with), total(run)), changes,
                weightChanges(with, run));
    }

    private BigDecimal total(RunLookup.RunInputs run) {
        return jdbc.queryForObject("select coalesce(sum(corrected), 0) from bm_unit_volume where run_id = ?",
                BigDecimal.class, run.id());
    }

    /** Aggregate kWh per BM unit, period and class that differ between the two runs' sets (none if they share one). */
    private Map<String, List<Comparison.ClassChange>> classChanges(RunLookup.RunInputs before,
                                                                   RunLookup.RunInputs after) {
        Map<String, List<Comparison.ClassChange>> changes = new HashMap<>();
        if (before.aggregateSetId() == null || after.aggregateSetId() == null
                || before.aggregateSetId().equals(after.aggregateSetId())) {
            return changes;
        }
        jdbc.query("""
                select coalesce(a.bm_unit_id, b.bm_unit_id) as bm_unit_id, coalesce(a.period, b.period) as period,
                       coalesce(a.ccc_id, b.ccc_id) as ccc_id, b.kwh as before, a.kwh as after
                  from (select bm_unit_id, period, ccc_id, kwh from aggregate where set_id = ?) a
                  full join (select bm_unit_id, period, ccc_id, kwh from aggregate where set_id = ?) b
                    on a.bm_unit_id = b.bm_unit_id and a.period = b.period and a.ccc_id = b.ccc_id
                 where a.kwh is distinct from b.kwh
                 order by 3""", rs -> {
            changes.computeIfAbsent(rs.getString("bm_unit_id") + "|" + rs.getInt("period"), k -> new ArrayList<>())
                    .add(new Comparison.ClassChange(rs.getInt("ccc_id"),
                            Comparison.Change.of(rs.getBigDecimal("before"), rs.getBigDecimal("after"))));
        }, after.aggregateSetId(), before.aggregateSetId());
        return changes;
    }

    /** GSPGT per GSP group and period that differs between the two runs' versions. */
    private Map<String, Comparison.Change> takeChanges(RunLookup.RunInputs before, RunLookup.RunInputs after) {
        Map<String, Comparison.Change> changes = new HashMap<>();
        if (before.gspGroupTakeId() == null || after.gspGroupTakeId() == null
                || Objects.equals(before.gspGroupTakeId(), after.gspGroupTakeId())) {
            return changes;
        }
        jdbc.query("""
                select coalesce(a.gsp_group, b.gsp_group) as gsp_group, coalesce(a.period, b.period) as period,
                       b.kwh as before, a.kwh as after
                  from (select * from gsp_group_take where version_id = ?) a
                  full join (select * from gsp_group_take where version_id = ?) b
                    on a.gsp_group = b.gsp_group and a.period = b.period
                 where a.kwh is distinct from b.kwh""", rs -> {
            changes.put(rs.getString("gsp_group") + "|" + rs.getInt("period"),
                    Comparison.Change.of(rs.getBigDecimal("before"), rs.getBigDecimal("after")));
        }, after.gspGroupTakeId(), before.gspGroupTakeId());
        return changes;
    }

    private List<Comparison.WeightChange> weightChanges(RunLookup.RunInputs before, RunLookup.RunInputs after) {
        return jdbc.query("""
                select coalesce(a.ccc_id, b.ccc_id) as ccc_id, b.weight as before, a.weight as after
                  from (select * from run_weight where run_id = ?) a
                  full join (select * from run_weight where run_id = ?) b on a.ccc_id = b.ccc_id
                 where a.weight is distinct from b.weight order by 1""",
                (rs, i) -> new Comparison.WeightChange(rs.getInt("ccc_id"), rs.getBigDecimal("before"),
                        rs.getBigDecimal("after")), after.id(), before.id());
    }
}
