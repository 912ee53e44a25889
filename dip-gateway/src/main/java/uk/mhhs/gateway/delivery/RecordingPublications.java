package uk.mhhs.gateway.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records PUBs read from {@code dip.pub.<nnn>} and one delivery per recipient in each one's A0, all of one poll in
 * one transaction (two statements, whatever the number): pending if the recipient has a webhook on the PUB's
 * channel, else {@code NO_WEBHOOK} (still recorded, so the recipient can replay or requeue it later). Reading the
 * same PUB again (Kafka delivers at least once) changes nothing.
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

    /**
     * @param publications in the order read (each PUB's deliveries are added in that order)
     * @return how many pending deliveries it queued
     */
    @Transactional
    public int recordAll(List<Publication> publications) {
        if (publications.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int n = publications.size();
        String[] tx = new String[n];
        String[] channel = new String[n];
        String[] pub = new String[n];
        String[] event = new String[n];
        String[] version = new String[n];
        String[] mpan = new String[n];
        String[] sender = new String[n];
        String[] timestamp = new String[n];
        String[] payload = new String[n];
        for (int i = 0; i < n; i++) {
            Publication p = publications.get(i);
            tx[i] = p.transactionId();
            channel[i] = p.channel();
            pub[i] = p.publicationId();
            event[i] = p.eventCode();
            version[i] = p.schemaVersion();
            mpan[i] = p.mpanCore();
            sender[i] = p.senderDipId();
            timestamp[i] = p.transactionTimestamp().toString();
            payload[i] = p.payloadJson();
        }
        jdbc.sql("""
                insert into dip.publication (transaction_id, channel, publication_id, event_code, schema_version,
                                             mpan_core, sender_dip_id, transaction_timestamp, payload, received_at)
                select p.tx, p.channel, p.pub, p.event, p.version, p.mpan, p.sender, p.ts, p.payload, :now
                  from unnest(cast(:tx as varchar[]), cast(:channel as varchar[]), cast(:pub as varchar[]),
                              cast(:event as varchar[]), cast(:version as varchar[]), cast(:mpan as varchar[]),
                              cast(:sender as varchar[]), cast(:timestamp as timestamptz[]), cast(:payload as text[]))
                       with ordinality as p (tx, channel, pub, event, version, mpan, sender, ts, payload, n)
                 order by p.n
                on conflict (transaction_id) do nothing
                """)
                .param("tx", tx).param("channel", channel).param("pub", pub).param("event", event)
                .param("version", version).param("mpan", mpan).param("sender", sender)
                .param("timestamp", timestamp).param("payload", payload)
                .param("now", Timestamp.from(now))
                .update();
        return queue.enqueuePublications(publications, now);
    }
}
