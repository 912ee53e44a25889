package uk.mhhs.registration.migration;

import uk.mhhs.common.csv.Csv;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.mhhs.registration.RegistrationProperties;
import uk.mhhs.registration.parties.PartyHistoryPublisher;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads a migration file into the register: rows are checked in Java while the file streams, good rows go by COPY
 * into a session-local staging table, and every {@code chunkRows} rows one transaction moves them into the register
 * with set-based {@code INSERT ... SELECT}s. Rows of MPANs the register already holds are left alone, so re-running
 * a file changes nothing and a run cut short is resumed by running the file again. Imports take a transaction-level
 * advisory lock per chunk, so two at once cannot register the same MPAN twice. Each chunk publishes the party
 * histories of the MPANs it registered ({@link PartyHistoryPublisher}) through the outbox, in its transaction.
 */
@Service
public class ImportingMigration {

    private static final List<String> MOVE_SQL = List.of(
            "insert into gsp_group_history select mpan_core, effective_from, gsp_group_id from migration_staging",
            """
            insert into address_history select mpan_core, effective_from, postcode,
                   coalesce(string_to_array(address_lines, '|'), '{}') from migration_staging
             where postcode is not null or address_lines is not null""",
            """
            insert into connection_history
            select mpan_core, effective_from, connection_type, energy_direction, metered from migration_staging""",
            """
            insert into duos_tariff_history select mpan_core, effective_from, duos_tariff_id from migration_staging
             where duos_tariff_id is not null""",
            "insert into energisation_history select mpan_core, effective_from, energisation_status from migration_staging",
            "insert into market_segment_history select mpan_core, effective_from, market_segment from migration_staging",
            "insert into domestic_premise_history select mpan_core, effective_from, domestic_premise from migration_staging",
            """
            insert into consent_granularity_history select mpan_core, effective_from, consent_granularity
              from migration_staging where consent_granularity is not null""",
            """
            insert into annual_consumption_history select mpan_core, effective_from, annual_consumption,
                   annual_consumption_quality from migration_staging where annual_consumption is not null""",
            """
            insert into dcc_enrolment_history select mpan_core, effective_from, dcc_service_flag from migration_staging
             where dcc_service_flag is not null""",
            "insert into smso_history select mpan_core, effective_from, smso_mpid from migration_staging where smso_mpid is not null",
            """
            insert into profile_history select mpan_core, effective_from, profile_class, ssc from migration_staging
             where profile_class is not null or ssc is not null""",
            """
            insert into supplier_registration
            select mpan_core, supplier_effective_from, supplier_dip_id, supplier_mpid from migration_staging""",
            """
            insert into appointment (mpan_core, service, effective_from, dip_id, mpid, contract_reference, scenario)
            select mpan_core, 'MS', ms_effective_from, ms_dip_id, ms_mpid, ms_contract_reference, ms_scenario
              from migration_staging where ms_dip_id is not null""",
            """
            insert into appointment (mpan_core, service, effective_from, dip_id, mpid, contract_reference, scenario)
            select mpan_core, 'DS', ds_effective_from, ds_dip_id, ds_mpid, ds_contract_reference, ds_scenario
              from migration_staging where ds_dip_id is not null""",
            """
            insert into meter (mpan_core, meter_id, installed_on, meter_type, meter_location)
            select mpan_core, meter_id, effective_from, meter_type, meter_location from migration_staging
             where meter_id is not null""");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final RegistrationProperties.Migration settings;
    private final PartyHistoryPublisher parties;

    public ImportingMigration(DataSource dataSource, JdbcTemplate jdbc, RegistrationProperties properties,
                              PartyHistoryPublisher parties) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.settings = properties.migration();
        this.parties = parties;
    }

    /**
     * @param fileName what the operator calls the file (kept with the run)
     * @param file     UTF-8 CSV, header first
     */
    public MigrationReport importFile(String fileName, InputStream file) throws IOException, SQLException {
        return importFile(fileName, file, settings.chunkRows());
    }

    /**
     * @param chunkRows rows per transaction for this run (instead of {@code mhhs.registration.migration.chunk-rows})
     */
    public MigrationReport importFile(String fileName, InputStream file, int chunkRows) throws IOException, SQLException {
        if (chunkRows < 1) {
            throw new IllegalArgumentException("chunkRows must be at least 1 but was " + chunkRows);
        }
        long started = System.nanoTime();
        long id = jdbc.queryForObject("insert into migration (file_name) values (?) returning id", Long.class, fileName);
        Run run = new Run(id);
        try (Connection connection = dataSource.getConnection();
             BufferedReader reader = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8), 1 << 16)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(StagingRows.CREATE_SQL);
            }
            connection.commit();
            String header = reader.readLine();
            Optional<String> headerProblem = header == null ? Optional.of("the file is empty")
                    : new MigrationRowRules(Csv.splitLine(stripBom(header))).headerProblem();
            if (headerProblem.isPresent()) {
                run.reject(new RowProblem(1, null, "REG9011", headerProblem.get()));
                finishChunk(connection, run, false);
            } else {
                load(connection, reader, new MigrationRowRules(Csv.splitLine(stripBom(header))), run, chunkRows);
            }
        }
        jdbc.update("update migration set finished_at = now() where id = ?", id);
        return new MigrationReport(id, fileName, run.rowsRead, run.loaded, run.alreadyRegistered, run.rejected,
                (System.nanoTime() - started) / 1e9, run.firstRejections);
    }

    private void load(Connection connection, BufferedReader reader, MigrationRowRules rules, Run run, int chunkRows)
            throws IOException, SQLException {
        MpanSet seen = new MpanSet();
        StagingRows staging = new StagingRows();
        long lineNumber = 1;
        int inChunk = 0;
        Writer copy = null;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                run.rowsRead++;
                MigrationRowRules.Checked checked = rules.check(lineNumber, Csv.splitLine(line));
                if (checked.row() == null) {
                    checked.problems().forEach(run::reject);
                    run.rejected++;
                } else if (!seen.add(checked.row().mpanCore())) {
                    run.reject(new RowProblem(lineNumber, MigrationColumns.MPAN_CORE, "REG1059",
                            "MPAN core " + checked.row().mpanCore() + " appears on an earlier row of the file"));
                    run.rejected++;
                } else {
                    if (copy == null) {
                        lock(connection);
                        copy = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(
                                connection.unwrap(PGConnection.class), StagingRows.COPY_SQL, 1 << 16),
                                StandardCharsets.UTF_8), 1 << 16);
                    }
                    staging.write(checked.row(), copy);
                }
                if (++inChunk == chunkRows) {
                    finishChunk(connection, run, closeCopy(copy));
                    copy = null;
                    inChunk = 0;
                }
            }
            finishChunk(connection, run, closeCopy(copy));
        } catch (IOException | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static boolean closeCopy(Writer copy) throws IOException {
        if (copy == null) {
            return false;
        }
        copy.close();   // ends the COPY
        return true;
    }

    private static void lock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(hashtext('registration.migration'))");
        }
    }

    /** Moves the staged rows into the register and records the chunk's rejections, in one transaction. */
    private void finishChunk(Connection connection, Run run, boolean staged) throws SQLException {
        long loaded = 0;
        long already = 0;
        if (staged) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze migration_staging");
                already = statement.executeUpdate(
                        "delete from migration_staging s using mpan m where m.mpan_core = s.mpan_core");
                loaded = statement.executeUpdate("insert into mpan (mpan_core, distributor_id, created_from, migration_id)"
                        + " select mpan_core, distributor_id, effective_from, " + run.id + " from migration_staging");
                for (String sql : MOVE_SQL) {
                    statement.executeUpdate(sql);
                }
                // the staged rows are exactly the new MPANs' parties (already registered ones were deleted above)
                parties.publishFirstHistories(connection, "migration_staging");
            }
        }
        if (!run.chunkRejections.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into migration_rejection"
                    + " (migration_id, row_number, column_name, code, reason) values (?, ?, ?, ?, ?)")) {
                for (RowProblem problem : run.chunkRejections) {
                    insert.setLong(1, run.id);
                    insert.setLong(2, problem.row());
                    insert.setString(3, problem.column());
                    insert.setString(4, problem.code());
                    insert.setString(5, problem.reason());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        run.loaded += loaded;
        run.alreadyRegistered += already;
        try (PreparedStatement update = connection.prepareStatement("update migration set rows_read = ?, loaded = ?,"
                + " already_registered = ?, rejected = ? where id = ?")) {
            update.setLong(1, run.rowsRead);
            update.setLong(2, run.loaded);
            update.setLong(3, run.alreadyRegistered);
            update.setLong(4, run.rejected);
            update.setLong(5, run.id);
            update.executeUpdate();
        }
        connection.commit();
        if (loaded > 0) {
            parties.wakeRelay();
        }
        run.chunkRejections.clear();
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    /** Counters and rejections of one run. */
    private final class Run {
        final long id;
        long rowsRead;
        long loaded;
        long alreadyRegistered;
        long rejected;
        final List<RowProblem> chunkRejections = new ArrayList<>();
        final List<RowProblem> firstRejections = new ArrayList<>();

        Run(long id) {
            this.id = id;
        }

        void reject(RowProblem problem) {
            chunkRejections.add(problem);
            if (firstRejections.size() < settings.rejectionsInAnswer()) {
                firstRejections.add(problem);
            }
        }
    }
}
