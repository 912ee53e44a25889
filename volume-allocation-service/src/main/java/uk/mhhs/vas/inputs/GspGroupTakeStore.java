package uk.mhhs.vas.inputs;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.mhhs.vas.VasProperties;
import uk.mhhs.vas.rules.GspGroupTakeCheck;
import uk.mhhs.vas.rules.GspGroupTakeReport;
import uk.mhhs.vas.rules.GspGroupTakeRow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Receives GSP Group Take files from an operator's upload or Kafka. The file (README "GSP Group Take"): CSV, UTF-8, one
 * settlement date per file, header then one row per GSP group and settlement period —
 * <pre>
 * settlement_date,gsp_group,settlement_period,gsp_group_take_kwh
 * 2026-11-20,_A,1,1001.125
 * </pre>
 * ISO date; one of the 14 groups _A.._H, _J.._N, _P; period 1..N of the GB settlement day (46/48/50); kWh with at most
 * 3 decimal places within {@code mhhs.vas.gsp-group-take.min-kwh}..{@code max-kwh}; every group × every period exactly
 * once ({@link GspGroupTakeCheck}). A file that passes every check becomes the date's next version (max + 1, under a
 * transaction-scoped advisory lock per date, so two arriving together get 1 and 2) with all its rows, in one
 * transaction; a refused file changes nothing. A file identical (SHA-256) to the date's latest version is that version again, so a redelivered
 * record makes no new one.
 */
@Service
public class GspGroupTakeStore implements GspGroupTakes {

    private static final Logger LOG = LoggerFactory.getLogger(GspGroupTakeStore.class);
    // 'VAS' GSP Group Take in the top bytes, the settlement date's epoch day below
    private static final long LOCK = 0x5641_5347_0000_0000L;

    /** Where a file came from ({@code gsp_group_take_version.source}). */
    public enum Source { UPLOAD, KAFKA }

    /** What became of a file: stored (or found already stored), or refused with its report. */
    public sealed interface Outcome permits Stored, Refused {
    }

    /** @param duplicate whether the file was the date's latest version already (nothing new stored) */
    public record Stored(GspGroupTakeVersion version, boolean duplicate) implements Outcome {
    }

    public record Refused(GspGroupTakeReport report) implements Outcome {
    }

    private final JdbcTemplate jdbc;
    private final GspGroupTakeCheck check;
    private final GspGroupTakeVersions versions;
    private final MeterRegistry meters;

    GspGroupTakeStore(JdbcTemplate jdbc, VasProperties properties, GspGroupTakeVersions versions,
                      MeterRegistry meters) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.meters = meters;
        this.check = new GspGroupTakeCheck(properties.gspGroupTake().minKwh(), properties.gspGroupTake().maxKwh());
    }

    @Transactional
    public Outcome receive(String csv, Source source, String fileName) {
        GspGroupTakeCheck.Checked checked = check.check(csv);
        if (!checked.report().accepted()) {
            count(source, "refused");
            LOG.warn("GSP Group Take file {} ({}) refused: {} problems, first {}", fileName, source,
                    checked.report().problemCount(), checked.report().problems().get(0));
            return new Refused(checked.report());
        }
        LocalDate date = checked.report().settlementDate();
        String sha256 = sha256(csv);
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK + date.toEpochDay());
        Optional<GspGroupTakeVersion> latest = versions.latest(date);
        if (latest.isPresent() && sha256.equals(jdbc.queryForObject(
                "select content_sha256 from gsp_group_take_version where id = ?", String.class,
                latest.get().versionId()))) {
            count(source, "duplicate");
            LOG.info("GSP Group Take file {} ({}) is {} version {} again: nothing stored", fileName, source, date,
                    latest.get().version());
            return new Stored(latest.get(), true);
        }
        int version = latest.map(GspGroupTakeVersion::version).orElse(0) + 1;
        Long id = jdbc.queryForObject("insert into gsp_group_take_version (settlement_date, version, source, file_name,"
                + " content_sha256) values (?, ?, ?, ?, ?) returning id", Long.class, Date.valueOf(date), version,
                source.name(), fileName, sha256);
        List<GspGroupTakeRow> rows = checked.rows();
        jdbc.batchUpdate("insert into gsp_group_take (version_id, gsp_group, period, kwh) values (?, ?, ?, ?)", rows,
                1000, (ps, row) -> {
                    ps.setLong(1, id);
                    ps.setString(2, row.group().name());
                    ps.setInt(3, row.period());
                    ps.setBigDecimal(4, row.kwh());
                });
        count(source, "stored");
        LOG.info("GSP Group Take {} version {} stored from {} ({}): {} rows, {} kWh", date, version, source, fileName,
                rows.size(), checked.report().totalKwh());
        return new Stored(versions.find(id).orElseThrow(), false);
    }

    @Override
    public Optional<Long> latestVersionId(LocalDate settlementDate) {
        return versions.latest(settlementDate).map(GspGroupTakeVersion::versionId);
    }

    private void count(Source source, String outcome) {
        meters.counter("vas.gsp_group_take.files", "source", source.name(), "outcome", outcome).increment();
    }

    private static String sha256(String csv) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
