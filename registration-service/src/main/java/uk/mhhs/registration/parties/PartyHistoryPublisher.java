package uk.mhhs.registration.parties;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.outbox.OutboxRecord;
import uk.mhhs.dipclient.outbox.OutboxSignal;
import uk.mhhs.dipclient.outbox.OutboxWriter;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Publishes an MPAN's whole party history (every {@code supplier_registration} row and MS/DS {@code appointment}
 * row) to the compacted topic {@code <prefix>registration.parties}, key = MPAN core, value = dip-client's
 * {@code PartyHistory} JSON, through the transactional outbox: call it in the transaction that changed the
 * parties, after the change, and the record is published if and only if the change commits.
 *
 * <p>The JSON is built by PostgreSQL from the register in one statement, the same expression for one MPAN and for
 * a million, so the import and the registration processes cannot publish different shapes. Only DIP ID, MPID and
 * effective date are published (what routing needs); contract reference, scenario and read frequency stay behind
 * the HTTP API.
 */
public class PartyHistoryPublisher {

    /** The history of the MPAN of row {@code m} of table {@code mpan}, as PartyHistory JSON text. */
    static final String HISTORY_JSON = """
            json_build_object('mpanCore', m.mpan_core::text,
              'suppliers', coalesce((select json_agg(json_build_object('effectiveFrom', r.effective_from,
                      'dipId', r.supplier_dip_id::text, 'mpid', r.supplier_mpid::text) order by r.effective_from)
                  from supplier_registration r where r.mpan_core = m.mpan_core), '[]'::json),
              'meteringServices', coalesce((select json_agg(json_build_object('effectiveFrom', a.effective_from,
                      'dipId', a.dip_id::text, 'mpid', a.mpid::text) order by a.effective_from)
                  from appointment a where a.mpan_core = m.mpan_core and a.service = 'MS'), '[]'::json),
              'dataServices', coalesce((select json_agg(json_build_object('effectiveFrom', a.effective_from,
                      'dipId', a.dip_id::text, 'mpid', a.mpid::text) order by a.effective_from)
                  from appointment a where a.mpan_core = m.mpan_core and a.service = 'DS'), '[]'::json))::text""";

    /**
     * The same JSON for an MPAN registered with at most one row per party, from row {@code s} of a table shaped as
     * the migration file ({@code supplier_dip_id, supplier_mpid, supplier_effective_from, ms_…, ds_…}): no look-up
     * in the register, which is what makes publishing a million-MPAN import cheap.
     */
    static final String FIRST_HISTORY_JSON = "json_build_object('mpanCore', s.mpan_core::text, 'suppliers', "
            + firstRow("supplier") + ", 'meteringServices', " + firstRow("ms") + ", 'dataServices', "
            + firstRow("ds") + ")::text";

    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private static final String ONE_SQL = "select " + HISTORY_JSON + " from mpan m where m.mpan_core = ?";

    private final DataSource dataSource;
    private final OutboxWriter outbox;
    private final OutboxSignal signal;
    private final String topic;
    private final String enqueueAllSql;
    private final String enqueueFromSql;

    public PartyHistoryPublisher(DataSource dataSource, OutboxWriter outbox, OutboxSignal signal,
                                 DipClientSchema schema, DipTopics topics) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.signal = signal;
        this.topic = topics.registrationParties();
        this.enqueueAllSql = "insert into " + schema.table("dip_outbox") + " (topic, message_key, payload)"
                + " select ?, m.mpan_core::text, convert_to(" + HISTORY_JSON + ", 'UTF8')"
                + " from mpan m where m.mpan_core = any(?) order by m.mpan_core";
        this.enqueueFromSql = "insert into " + schema.table("dip_outbox") + " (topic, message_key, payload)"
                + " select ?, s.mpan_core::text, convert_to(" + FIRST_HISTORY_JSON + ", 'UTF8') from ";
    }

    /** The topic this publishes to. */
    public String topic() {
        return topic;
    }

    /**
     * Publishes the MPAN's current party history. Call it inside the transaction that changed a supplier
     * registration or appointment of the MPAN (it reads that transaction's rows and its outbox row commits with
     * them); without a transaction it reads and commits on its own.
     *
     * @param mpanCore a registered MPAN core
     * @throws IllegalArgumentException if the register does not hold the MPAN
     */
    public void publish(String mpanCore) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement select = connection.prepareStatement(ONE_SQL)) {
            select.setLong(1, Long.parseLong(mpanCore));
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("MPAN " + mpanCore + " is not registered");
                }
                outbox.enqueue(new OutboxRecord(topic, mpanCore, rs.getString(1).getBytes(StandardCharsets.UTF_8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the party history of MPAN " + mpanCore, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Publishes the party histories of many MPANs with one set-based insert into the outbox, in the caller's
     * Spring transaction (or committed on its own without one). MPANs the register does not hold are skipped.
     *
     * @return the number of records enqueued
     */
    public int publishAll(Collection<String> mpanCores) {
        if (mpanCores.isEmpty()) {
            return 0;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            int enqueued = publishAll(connection, mpanCores);
            wakeRelayAfterCommit();
            return enqueued;
        } catch (SQLException e) {
            throw new IllegalStateException("could not publish " + mpanCores.size() + " party histories", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * As {@link #publishAll(Collection)} on a connection the caller manages (e.g. the migration import's chunk
     * transaction): the outbox rows commit or roll back with it. Call {@link #wakeRelay()} after the commit, or
     * the relay finds them within its poll interval.
     */
    public int publishAll(Connection connection, Collection<String> mpanCores) throws SQLException {
        // one statement: the outbox rows are atomic even on an auto-commit connection
        if (mpanCores.isEmpty()) {
            return 0;
        }
        Long[] keys = mpanCores.stream().map(Long::valueOf).toArray(Long[]::new);
        try (PreparedStatement insert = connection.prepareStatement(enqueueAllSql)) {
            insert.setString(1, topic);
            insert.setArray(2, connection.createArrayOf("int8", keys));
            return insert.executeUpdate();
        }
    }

    /**
     * Publishes the histories of MPANs first registered in the caller's transaction on {@code connection}, each with
     * at most one supplier, MS and DS row, straight from a table of those rows (the migration import's staging
     * table: one row per MPAN it registered, columns as the migration file). Same JSON as {@link #publish}.
     *
     * @param table a table of the connection's session, e.g. {@code migration_staging}
     * @return the number of records enqueued
     */
    public int publishFirstHistories(Connection connection, String table) throws SQLException {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a plain table name: " + table);
        }
        try (PreparedStatement insert = connection.prepareStatement(enqueueFromSql + table + " s")) {
            insert.setString(1, topic);
            return insert.executeUpdate();
        }
    }

    /** Tells the outbox relay there are rows to publish (after a commit of {@link #publishAll(Connection, Collection)}). */
    public void wakeRelay() {
        signal.wake();
    }

    private static String firstRow(String party) {
        return "case when s." + party + "_dip_id is null then '[]'::json else json_build_array(json_build_object("
                + "'effectiveFrom', s." + party + "_effective_from, 'dipId', s." + party + "_dip_id::text, 'mpid', s."
                + party + "_mpid::text)) end";
    }

    private void wakeRelayAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake();
                }
            });
        } else {
            signal.wake();
        }
    }
}
