package uk.mhhs.dipclient.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Background worker that publishes the outbox to Kafka.
 *
 * <p>Each round claims up to {@code batch-size} rows in id order, sends them with an idempotent producer
 * ({@code acks=all}, {@code enable.idempotence=true}, at most 5 requests in flight, so a key's records
 * keep their order on its partition), and deletes a row only after the broker acknowledged it. Rounds
 * follow each other at once while there is a backlog; otherwise the relay sleeps until a transaction
 * that enqueued commits ({@link OutboxSignal}) or {@code poll-interval} has passed. Several instances
 * may run against one database: each round locks the free lanes ({@code dip_outbox_lane},
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}) until its commit, and a key always hashes to the same of the
 * 16 lanes, so one key's rows are never in flight from two instances. Instances take turns more than
 * they share the work: more instances add availability, not throughput.
 *
 * <p>Delivery is at least once. A process that dies after the commit and before the send loses
 * nothing: the rows stay until acknowledged. A process that dies after the broker acknowledged and
 * before the delete commits publishes those records again on the next round; consumers deduplicate by
 * {@code D0.transactionID} (see {@code DipInbox}). After a failed send the relay opens a new producer and
 * retries the unacknowledged rows after {@code poll-interval}; rows of a key after one that failed are
 * kept too and sent again behind it, even if the broker had acknowledged them.
 *
 * <p>Starts with the application unless {@code mhhs.dip.outbox.relay-enabled=false}; {@link #start()} and
 * {@link #stop()} may also be called at any time (tests simulate a crash between commit and publish this
 * way). Metrics: {@code dip.outbox.published} and {@code dip.outbox.publish.failures} counters,
 * {@code dip.outbox.backlog} gauge.
 */
public class OutboxRelay implements SmartLifecycle {

    static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxBatch batch;
    private final OutboxSignal signal;
    private final Supplier<Producer<String, byte[]>> producers;
    private final OutboxProperties properties;
    private final Counter published;
    private final Counter failures;
    private final OutboxBacklog backlog; // held: Micrometer keeps only a weak reference to a gauge's object

    private volatile Thread worker;
    private volatile boolean running;

    /**
     * @param dataSource the service's data source
     * @param schema     where the outbox table is
     * @param signal     woken by {@link OutboxWriter} after a commit
     * @param producers  opens an idempotent producer ({@code acks=all}); called again after a failure
     * @param properties batch size, poll interval, whether to start with the application
     * @param meters     where the metrics go
     */
    public OutboxRelay(DataSource dataSource, DipClientSchema schema, OutboxSignal signal,
                       Supplier<Producer<String, byte[]>> producers, OutboxProperties properties,
                       MeterRegistry meters) {
        this.batch = new OutboxBatch(dataSource, schema, properties.batchSize());
        this.backlog = new OutboxBacklog(dataSource, schema, meters);
        this.signal = signal;
        this.producers = producers;
        this.properties = properties;
        this.published = Counter.builder("dip.outbox.published")
                .description("Outbox records acknowledged by the broker").register(meters);
        this.failures = Counter.builder("dip.outbox.publish.failures")
                .description("Outbox records the broker did not acknowledge (retried later)").register(meters);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "dip-outbox-relay");
        worker.setDaemon(true);
        worker.start();
        log.info("outbox relay started (batch size {}, poll interval {})",
                properties.batchSize(), properties.pollInterval());
    }

    @Override
    public synchronized void stop() {
        Thread current = worker;
        running = false;
        worker = null;
        if (current == null) {
            return;
        }
        signal.wake();
        try {
            current.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("outbox relay stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.relayEnabled();
    }

    private void run() {
        Producer<String, byte[]> producer = null;
        while (running) {
            boolean more = false;
            try {
                if (producer == null) {
                    producer = producers.get();
                }
                OutboxBatch.Result result = batch.publish(producer);
                published.increment(result.published());
                failures.increment(result.failed());
                if (result.failed() > 0) {
                    producer = close(producer);
                }
                more = result.failed() == 0 && result.claimed() == properties.batchSize();
            } catch (RuntimeException e) {
                log.warn("outbox relay round failed; retrying after {}", properties.pollInterval(), e);
                producer = close(producer);
            }
            if (!more && !await()) {
                break;
            }
        }
        close(producer);
    }

    /** Waits for a commit signal or the poll interval; false if interrupted. */
    private boolean await() {
        try {
            signal.await(properties.pollInterval());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Producer<String, byte[]> close(Producer<String, byte[]> producer) {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                log.warn("could not close the outbox producer", e);
            }
        }
        return null;
    }
}
