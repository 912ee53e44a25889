package uk.mhhs.gateway.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a PUB read from {@code dip.pub.<nnn>} and one delivery per recipient in its A0, in one
 * transaction: pending if the recipient has a webhook on the PUB's channel, else {@code NO_WEBHOOK}
 * (still recorded, so the recipient can replay or requeue it later). Reading the same PUB again (Kafka
 * delivers at least once) changes nothing.
 */
@Service
public class RecordingPublications {

    private final JdbcClient jdbc;
    private final DeliveryQueue queue;
    private final Clock clock;

    RecordingPublications(JdbcClient jdbc, DeliveryQueue queue, ObjectProvider<Clock> clocks) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.clock = clocks.getIfUnique(Clock::systemUTC);
    }

    /** @return how many pending deliveries it queued */
    @Transactional
    public int record(Publication publication) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into dip.publication (transaction_id, channel, publication_id, event_code, schema_version,
                                             mpan_core, sender_dip_id, transaction_timestamp, payload, received_at)
                values (:tx, :channel, :pub, :event, :version, :mpan, :sender, :timestamp, :payload, :now)
                on conflict (transaction_id) do nothing
                """)
                .param("tx", publication.transactionId()).param("channel", publication.channel())
                .param("pub", publication.publicationId()).param("event", publication.eventCode())
                .param("version", publication.schemaVersion()).param("mpan", publication.mpanCore())
                .param("sender", publication.senderDipId())
                .param("timestamp", Timestamp.from(publication.transactionTimestamp()))
                .param("payload", publication.payloadJson()).param("now", Timestamp.from(now))
                .update();
        return queue.enqueuePublicationToEach(publication.recipients(), publication.channel(),
                publication.transactionId(), now);
    }
}
