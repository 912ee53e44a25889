package uk.mhhs.dipclient.testapp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.listener.DipPubListener;
import uk.mhhs.dipclient.listener.PubMessage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** PUB handlers of the test service. */
@Component
public class TestPubHandlers {

    private final JdbcTemplate jdbc;
    private final Map<String, AtomicInteger> failedAttempts = new ConcurrentHashMap<>();

    public TestPubHandlers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records its effect as a row of {@code handled_message}. */
    @DipPubListener(interfaces = "IF-021", consumer = "test-consumption")
    void onConsumption(PubMessage message) {
        jdbc.update("insert into handled_message (consumer, transaction_id, mpan) values (?, ?, ?)",
                "test-consumption", message.transactionID(), message.mpan());
    }

    /** Writes a row, then fails: the row must roll back with the inbox entry. */
    @DipPubListener(interfaces = "PUB-022", consumer = "test-always-fails")
    void alwaysFails(PubMessage message) {
        failedAttempts.computeIfAbsent(message.transactionID(), id -> new AtomicInteger()).incrementAndGet();
        jdbc.update("insert into handled_message (consumer, transaction_id, mpan) values (?, ?, ?)",
                "test-always-fails", message.transactionID(), message.mpan());
        throw new IllegalStateException("handler always fails");
    }

    /**
     * A batch handler: records each message of the batch and the batch's size; a message whose transaction ID
     * starts {@code T-FAIL-} makes the whole call throw.
     */
    @DipPubListener(interfaces = "IF-023", consumer = "test-batch")
    void onBatch(List<PubMessage> batch) {
        for (PubMessage message : batch) {
            jdbc.update("insert into handled_message (consumer, transaction_id, mpan) values (?, ?, ?)",
                    "test-batch", message.transactionID(), message.mpan());
        }
        if (batch.stream().anyMatch(m -> m.transactionID().startsWith("T-FAIL-"))) {
            throw new IllegalStateException("batch holds a message that always fails");
        }
    }

    /** How often {@link #alwaysFails} was called for {@code transactionId}. */
    public int failedAttempts(String transactionId) {
        AtomicInteger attempts = failedAttempts.get(transactionId);
        return attempts == null ? 0 : attempts.get();
    }
}
