package uk.mhhs.gateway.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.mhhs.gateway.delivery.DeliveryQueue;
import uk.mhhs.gateway.webhooks.Webhook;
import uk.mhhs.gateway.webhooks.Webhooks;

/**
 * Records a {@code dip.status} record for its addressee's status webhook: the status message and a
 * pending {@code STATUS} delivery, in one transaction. Nothing is recorded for an addressee without a
 * status webhook (our own services read {@code dip.status} themselves), nor for a record read before.
 */
@Service
public class RecordingStatusMessages {

    private final JdbcClient jdbc;
    private final DeliveryQueue queue;
    private final Webhooks webhooks;
    private final Clock clock;

    RecordingStatusMessages(JdbcClient jdbc, DeliveryQueue queue, Webhooks webhooks, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.webhooks = webhooks;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * @param addresseeId the DIP ID the record is for (its key)
     * @param sourceRef {@code topic-partition@offset}, unique per record
     * @param body the status message as a StandardResponseArray
     * @return whether a delivery was queued
     */
    @Transactional
    public boolean record(String addresseeId, String sourceRef, byte[] body) {
        if (!webhooks.exists(Webhook.STATUS, addresseeId)) {
            return false;
        }
        Instant now = clock.instant();
        Optional<Long> id = jdbc.sql("""
                insert into dip.status_message (addressee_id, source_ref, body, received_at)
                values (:addressee, :source, :body, :now)
                on conflict (source_ref) do nothing
                returning id
                """)
                .param("addressee", addresseeId).param("source", sourceRef)
                .param("body", new String(body, StandardCharsets.UTF_8))
                .param("now", Timestamp.from(now))
                .query(Long.class).optional();
        id.ifPresent(statusMessageId -> queue.enqueueStatus(addresseeId, statusMessageId, now));
        return id.isPresent();
    }
}
