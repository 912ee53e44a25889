package uk.mhhs.gateway.submissions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import uk.mhhs.gateway.archive.ArchivedRequest;
import uk.mhhs.gateway.ingress.SubmissionIngress;

/**
 * Reads {@code dip.submissions}: IF messages our own services submit through their outbox. Each record (a
 * {@code {"payload": ...}} object or an array of them) goes through the same level-1 validation and durable
 * acceptance as {@code POST /dip-channel/{id}}, without API key or signature (its sender must be one of the suite's
 * services and registered), and is archived with its outcome. Rejections go back to the sender as a
 * StandardResponse on {@code dip.status}.
 *
 * <p>A poll's records are taken in one transaction ({@link SubmissionIngress#submitAll}); if that cannot be (a
 * reference used before, or a failure), one at a time, each archived first, and a record that fails fails the poll
 * at its index: the records before it are committed, it is retried and then dead-lettered, the rest come again.
 * Offsets are committed after the transaction, so a crash re-reads records: their messages are then found accepted
 * from the same record (same body hash) and skipped silently, and nothing is published twice.
 */
class SubmissionListener implements BatchMessageListener<String, byte[]> {

    /** Optional record header naming the channel; without it each message's {@code S0.interfaceID} is used. */
    static final String INTERFACE_HEADER = "dip-interface-id";

    private static final Logger log = LoggerFactory.getLogger(SubmissionListener.class);

    private final SubmissionIngress ingress;
    private final Clock clock;

    SubmissionListener(SubmissionIngress ingress, Clock clock) {
        this.ingress = ingress;
        this.clock = clock;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records) {
        List<ArchivedRequest> received = records.stream().map(this::received).toList();
        try {
            if (ingress.submitAll(received)) {
                return;
            }
        } catch (RuntimeException e) {
            log.warn("a poll of {} submissions failed as a whole; taking them one at a time", records.size(), e);
        }
        for (int i = 0; i < received.size(); i++) {
            try {
                ingress.submit(received.get(i));
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException("submission " + received.get(i).sourceRef() + " failed", e, i);
            }
        }
    }

    private ArchivedRequest received(ConsumerRecord<String, byte[]> record) {
        byte[] body = record.value() == null ? new byte[0] : record.value();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8));
        }
        String source = record.topic() + '-' + record.partition() + '@' + record.offset();
        return new ArchivedRequest(clock.instant(), ArchivedRequest.Source.KAFKA, source, headers.get(INTERFACE_HEADER),
                null, headers, body);
    }
}
