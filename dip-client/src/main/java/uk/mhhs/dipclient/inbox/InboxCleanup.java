package uk.mhhs.dipclient.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bounded clean-up of {@code dip_inbox}: every {@code cleanup-interval}, deletes rows older than
 * {@code retention} in chunks of {@code cleanup-batch-size} rows. Harmless when several instances run it.
 */
public class InboxCleanup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxCleanup.class);

    private final JdbcTemplate jdbc;
    private final InboxProperties properties;
    private final Clock clock;
    private final String deleteSql;
    private ScheduledExecutorService scheduler;

    public InboxCleanup(DataSource dataSource, DipClientSchema schema, InboxProperties properties, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.properties = properties;
        this.clock = clock;
        String inbox = schema.table("dip_inbox");
        this.deleteSql = "delete from " + inbox + " where ctid = any(array(select ctid from " + inbox
                + " where processed_at < ? limit ?))";
    }

    /** Deletes every row processed before now minus the retention; returns how many. */
    public long deleteExpired() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(properties.retention()));
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.update(deleteSql, cutoff, properties.cleanupBatchSize());
            total += deleted;
        } while (deleted == properties.cleanupBatchSize());
        return total;
    }

    private void runQuietly() {
        try {
            long deleted = deleteExpired();
            if (deleted > 0) {
                log.info("inbox clean-up deleted {} transaction IDs older than {}", deleted, properties.retention());
            }
        } catch (RuntimeException e) {
            log.warn("inbox clean-up failed; trying again in {}", properties.cleanupInterval(), e);
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dip-inbox-cleanup");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.cleanupInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::runQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.cleanupEnabled();
    }
}
