package uk.mhhs.mds.runs;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /mds/v1/runs?settlementDate=&runType=} (VAS and operators: operator role, MdsAccess): makes a run
 * and answers its id, number and counts; {@code GET /mds/v1/runs/{id}/aggregates} its aggregates (supplier MPID, BM
 * unit, GSP group, consumption component class, settlement period, kWh, MPAN count); the same as CSV, streamed from
 * a cursor, with {@code Accept: text/csv} or at {@code /mds/v1/runs/{id}/aggregates.csv} ({@link RunAggregatesCsv}:
 * what VAS reads).
 */
@RestController
class RunApi {

    private static final Set<String> RUN_TYPES = Set.of("II", "SF", "R1", "R2", "R3", "RF", "DF", "DR");

    private final SettlementRun runs;
    private final JdbcTemplate jdbc;

    private final RunAggregatesCsv csv;

    RunApi(SettlementRun runs, JdbcTemplate jdbc, RunAggregatesCsv csv) {
        this.runs = runs;
        this.csv = csv;
        this.jdbc = jdbc;
    }

    @PostMapping("/mds/v1/runs")
    ResponseEntity<?> run(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate settlementDate,
                          @RequestParam String runType) {
        if (!RUN_TYPES.contains(runType)) {
            return ResponseEntity.badRequest().body(Map.of("error", "runType must be one of " + RUN_TYPES + ": "
                    + runType));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(runs.run(settlementDate, runType));
    }

    @GetMapping("/mds/v1/runs/{id}/aggregates")
    List<Map<String, Object>> aggregates(@PathVariable UUID id) {
        return jdbc.queryForList("""
                select supplier_mpid as "supplierMpid", bm_unit_id as "bmUnitId", gsp_group as "gspGroup",
                       ccc_id as "cccId", period, kwh, mpans
                  from run_aggregate where run_id = ? order by gsp_group, supplier_mpid, ccc_id, period""", id);
    }

    @GetMapping(value = "/mds/v1/runs/{id}/aggregates", produces = "text/csv")
    void aggregatesCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        csv.write(id, response);
    }

    @GetMapping("/mds/v1/runs/{id}/aggregates.csv")
    void aggregatesCsvFile(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        csv.write(id, response);
    }
}
