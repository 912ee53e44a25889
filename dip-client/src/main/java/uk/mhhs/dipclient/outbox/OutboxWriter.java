package uk.mhhs.dipclient.outbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;
import java.util.List;

/**
 * Enqueues records in the transactional outbox ({@code dip_outbox}); the {@link OutboxRelay} publishes
 * them after the commit.
 *
 * <p>Transactions:
 * <ul>
 *   <li>Called inside a Spring-managed transaction on the service's {@code DataSource} (e.g. a
 *       {@code @Transactional} method), the rows are inserted with that transaction's connection: they
 *       are committed or rolled back together with the caller's own changes. After the commit the relay is
 *       woken at once.</li>
 *   <li>Called with no transaction active, the writer commits the rows in a transaction of its own
 *       (all of one {@link #enqueueAll} call or none).</li>
 *   <li>Called inside a transaction that does not hold a connection of this {@code DataSource} (e.g. only a
 *       Kafka transaction), it throws {@link IllegalStateException}: the rows could not be atomic with the
 *       caller's work.</li>
 * </ul>
 */
public class OutboxWriter {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final TransactionSynchronization wakeRelayAfterCommit;
    private final String insertSql;

    public OutboxWriter(DataSource dataSource, PlatformTransactionManager transactionManager,
                        DipClientSchema schema, OutboxSignal signal) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        // One shared instance: the synchronization set ignores the second and later registrations.
        this.wakeRelayAfterCommit = new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.wake();
            }
        };
        this.insertSql = "insert into " + schema.table("dip_outbox")
                + " (topic, message_key, payload, headers) values (?, ?, ?, ?::jsonb)";
    }

    /** Enqueues one record; see the class comment for the transaction it joins. */
    public void enqueue(OutboxRecord record) {
        enqueueAll(List.of(record));
    }

    /** Enqueues records in list order (which is their publication order per key). */
    public void enqueueAll(List<OutboxRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            ownTransaction.executeWithoutResult(status -> insert(records));
        } else if (TransactionSynchronizationManager.hasResource(dataSource)) {
            insert(records);
        } else {
            throw new IllegalStateException("OutboxWriter called inside a transaction that does not manage the "
                    + "service's DataSource; the outbox rows would not commit with the caller's changes");
        }
    }

    private void insert(List<OutboxRecord> records) {
        TransactionSynchronizationManager.registerSynchronization(wakeRelayAfterCommit);
        jdbc.batchUpdate(insertSql, records, records.size(), (statement, record) -> {
            statement.setString(1, record.topic());
            statement.setString(2, record.key());
            statement.setBytes(3, record.value());
            statement.setString(4, JsonMapper.shared().writeValueAsString(record.headers()));
        });
    }
}
