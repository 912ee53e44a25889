package uk.mhhs.dipclient.inbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Exactly-once effects for at-least-once delivery: remembers, per consumer, the DIP transactions already
 * processed ({@code dip_inbox}) in the same database transaction as the processing itself.
 */
public class DipInbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String insertSql;
    private final String insertManySql;

    public DipInbox(DataSource dataSource, PlatformTransactionManager transactionManager, DipClientSchema schema) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.insertSql = "insert into " + schema.table("dip_inbox")
                + " (consumer, transaction_id) values (?, ?) on conflict do nothing";
        this.insertManySql = "insert into " + schema.table("dip_inbox")
                + " (consumer, transaction_id) select ?, t from unnest(?::text[]) t"
                + " on conflict do nothing returning transaction_id";
    }

    /**
     * The batch form of {@link #processOnce}: in one database transaction records every transaction ID of
     * {@code transactionIds} (one statement), then runs {@code work} with those that were not recorded before
     * (in the order given; a repeat within the batch counts once), and commits. If {@code work} throws,
     * nothing is recorded. This is what lets a high-volume consumer dedupe in the same transaction as its write
     * without one inbox round trip per message.
     *
     * @return the transaction IDs that were new (and given to {@code work})
     */
    public Set<String> processBatchOnce(String consumer, List<String> transactionIds, Consumer<Set<String>> work) {
        Objects.requireNonNull(consumer, "consumer");
        if (transactionIds.isEmpty()) {
            return Set.of();
        }
        Set<String> fresh = transaction.execute(status -> {
            Set<String> inserted = new HashSet<>(jdbc.queryForList(insertManySql, String.class, consumer,
                    transactionIds.toArray(String[]::new)));
            if (!inserted.isEmpty()) {
                work.accept(inserted);
            }
            return inserted;
        });
        return fresh == null ? Set.of() : fresh;
    }

    /**
     * In one database transaction (the caller's, if one is active; otherwise a new one): records
     * ({@code consumer}, {@code transactionId}); if it was not recorded before, runs {@code work}; commits.
     * If {@code work} throws, nothing is recorded and the exception propagates, so a redelivery runs it
     * again. A second call for the same pair, even concurrent with the first, does not run {@code work}
     * (the second insert waits for the first transaction and then finds its row).
     *
     * @param consumer      the name of the consuming use case, e.g. {@code mds-consumption}
     * @param transactionId the DIP {@code D0.transactionID}
     * @param work          the effect; its database changes must use the service's {@code DataSource}
     * @return {@code true} if {@code work} ran, {@code false} if this transaction had been processed
     */
    public boolean processOnce(String consumer, String transactionId, Runnable work) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(transactionId, "transactionId");
        Boolean ran = transaction.execute(status -> {
            if (jdbc.update(insertSql, consumer, transactionId) == 0) {
                return false;
            }
            work.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }
}
