package uk.mhhs.mds.reports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.reports.CompressedReport;
import uk.mhhs.dipclient.reports.ReportAggregate;
import uk.mhhs.mds.MdsProperties;
import uk.mhhs.mds.rules.ConsumptionComponentClasses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * REP-006 {@code [UncorrectedConsumptionAndLossesByCCCID]} after a run: one per GSP group of the run, the content
 * ({@link Rep006Content}) as UTF-8 JSON, gzip-compressed and base64-encoded into {@code P03.compressedReport}, sent
 * through the kit's {@link Outbound} (validated against the spec before the outbox) to
 * {@code mhhs.mds.rep006-recipients} (default VAS). Called in the run's transaction, so the reports go out exactly
 * when the run is stored.
 */
@Service
public class Rep006Reports {

    static final String INTERFACE = "REP-006";
    static final String EVENT = "[UncorrectedConsumptionAndLossesByCCCID]";
    private static final Logger LOG = LoggerFactory.getLogger(Rep006Reports.class);

    private final JdbcTemplate jdbc;
    private final Outbound outbound;
    private final List<String> recipients;

    Rep006Reports(JdbcTemplate jdbc, Outbound outbound, MdsProperties properties) {
        this.jdbc = jdbc;
        this.outbound = outbound;
        this.recipients = properties.rep006Recipients();
    }

    /**
     * Sends the run's REP-006, one per GSP group.
     *
     * @return how many were sent
     */
    public int send(UUID runId, LocalDate settlementDate, String runType, int runNumber,
                    ConsumptionComponentClasses cccs) {
        Instant executed = jdbc.queryForObject("select coalesce(finished_at, now()) from run where id = ?",
                OffsetDateTime.class, runId).toInstant();
        List<String> groups = jdbc.queryForList("select distinct gsp_group from run_aggregate where run_id = ?"
                + " order by gsp_group", String.class, runId);
        for (String gsp : groups) {
            List<ReportAggregate> rows = jdbc.query("""
                            select supplier_mpid, bm_unit_id, ccc_id, period, kwh, mpans from run_aggregate
                             where run_id = ? and gsp_group = ?""",
                    (rs, n) -> new ReportAggregate(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            rs.getBigDecimal(5), rs.getInt(6)), runId, gsp);
            byte[] compressed = Rep006Content.compressed(gsp, executed, settlementDate, runType, runNumber, rows,
                    cccs);
            outbound.send(INTERFACE, EVENT, recipients, null, null, CompressedReport.customBlock(compressed));
            LOG.info("REP-006 {} {} #{} {}: {} aggregate rows, {} bytes compressed", settlementDate, runType,
                    runNumber, gsp, rows.size(), compressed.length);
        }
        return groups.size();
    }

    static byte[] gzip(byte[] bytes) {
        return CompressedReport.gzip(bytes);
    }
}
