package uk.mhhs.vas.it;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.model.RunType;
import uk.mhhs.vas.reference.AllocationReference;
import uk.mhhs.vas.rules.ComponentClass;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A calculation's inputs written straight into VAS's tables (as the inputs part would store them): an aggregate set
 * with its rows, a GSP Group Take version, and a run that points at both. Runs are stored PUBLISHED so no worker
 * picks them up.
 */
public final class CalculationRows {

    private static final AtomicInteger VERSIONS = new AtomicInteger(100);

    private final JdbcTemplate jdbc;
    private final LocalDate date;
    private final UUID setId = UUID.randomUUID();
    private final List<Object[]> aggregates = new ArrayList<>();
    private final List<Object[]> takes = new ArrayList<>();

    public CalculationRows(JdbcTemplate jdbc, LocalDate date) {
        this.jdbc = jdbc;
        this.date = date;
    }

    /** The worked example's classes (IsdRows) and BM units. */
    public static AllocationReference workedReference(String advancedImportWeight) {
        return new AllocationReference(Map.of(
                IsdRows.SMART_IMPORT, cls(IsdRows.SMART_IMPORT, "AI", "C", "1.0"),
                IsdRows.SMART_IMPORT_LOSSES, cls(IsdRows.SMART_IMPORT_LOSSES, "AI", "L", "1.0"),
                IsdRows.ADVANCED_IMPORT, cls(IsdRows.ADVANCED_IMPORT, "AI", "C", advancedImportWeight),
                IsdRows.ADVANCED_IMPORT_LOSSES, cls(IsdRows.ADVANCED_IMPORT_LOSSES, "AI", "L", "0.5"),
                IsdRows.SMART_EXPORT, cls(IsdRows.SMART_EXPORT, "AE", "C", "0.0")),
                Map.of("2__ASUPA000", new AllocationReference.BmUnit("2__ASUPA000", "SUPA", "_A", true),
                        "2__ASUPB000", new AllocationReference.BmUnit("2__ASUPB000", "SUPB", "_A", true)),
                Map.of("SUPA", "1400000101", "SUPB", "1400000102"), 1);
    }

    private static ComponentClass cls(int id, String mq, String component, String weight) {
        return new ComponentClass(id, mq, "S", "T", "W", component, "A", new BigDecimal(weight));
    }

    /** The worked example's seven rows in {@code period} of GSP group _A, smart import of SUPA as given. */
    public CalculationRows workedExample(int period, String supaSmartImport) {
        aggregate("_A", "SUPA", "2__ASUPA000", IsdRows.SMART_IMPORT, period, supaSmartImport, 10);
        aggregate("_A", "SUPA", "2__ASUPA000", IsdRows.SMART_IMPORT_LOSSES, period, "200.000", 10);
        aggregate("_A", "SUPA", "2__ASUPA000", IsdRows.ADVANCED_IMPORT, period, "2000.000", 2);
        aggregate("_A", "SUPA", "2__ASUPA000", IsdRows.ADVANCED_IMPORT_LOSSES, period, "40.000", 2);
        aggregate("_A", "SUPB", "2__ASUPB000", IsdRows.SMART_IMPORT, period, "2500.000", 7);
        aggregate("_A", "SUPB", "2__ASUPB000", IsdRows.SMART_IMPORT_LOSSES, period, "125.000", 7);
        return aggregate("_A", "SUPB", "2__ASUPB000", IsdRows.SMART_EXPORT, period, "300.000", 3);
    }

    public CalculationRows aggregate(String gspGroup, String supplier, String bmUnit, int ccc, int period, String kwh,
                                     int mpans) {
        aggregates.add(new Object[] {setId, gspGroup, supplier, bmUnit, ccc, period, new BigDecimal(kwh), mpans});
        return this;
    }

    /** GSPGT of {@code gspGroup} for periods 1..{@code periods}: {@code kwh} for period 1.., 0 after them. */
    public CalculationRows take(String gspGroup, int periods, String... kwh) {
        for (int p = 1; p <= periods; p++) {
            takes.add(new Object[] {gspGroup, p, new BigDecimal(p <= kwh.length ? kwh[p - 1] : "0")});
        }
        return this;
    }

    /** Stores the set, the version and a run of {@code periods} periods using them. */
    public RunContext run(RunType runType, int periods) {
        jdbc.update("insert into aggregate_set (id, settlement_date, run_type, mds_run_id, mds_run_number, rows) "
                + "values (?, ?, ?, ?, 1, ?)", setId, date, runType.name(), UUID.randomUUID(), aggregates.size());
        jdbc.batchUpdate("insert into aggregate (set_id, gsp_group, supplier_mpid, bm_unit_id, ccc_id, period, kwh, "
                + "mpans) values (?, ?, ?, ?, ?, ?, ?, ?)", aggregates);
        Long versionId = jdbc.queryForObject("insert into gsp_group_take_version (settlement_date, version, source) "
                + "values (?, ?, 'UPLOAD') returning id", Long.class, date, VERSIONS.incrementAndGet());
        List<Object[]> takeRows = takes.stream().map(t -> new Object[] {versionId, t[0], t[1], t[2]}).toList();
        jdbc.batchUpdate("insert into gsp_group_take (version_id, gsp_group, period, kwh) values (?, ?, ?, ?)",
                takeRows);
        UUID runId = UUID.randomUUID();
        Integer number = jdbc.queryForObject("select coalesce(max(run_number), 0) + 1 from run "
                + "where settlement_date = ? and run_type = ?", Integer.class, date, runType.name());
        jdbc.update("""
                insert into run (id, settlement_date, run_type, run_number, state, trigger, periods, aggregate_set_id,
                                 gsp_group_take_id, requested_at, finished_at)
                values (?, ?, ?, ?, 'PUBLISHED', 'OPERATOR', ?, ?, ?, now(), now())""",
                runId, date, runType.name(), number, periods, setId, versionId);
        return new RunContext(runId, date, runType, number, periods, Instant.now(), setId, versionId);
    }
}
