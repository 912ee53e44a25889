package uk.mhhs.gateway.submissions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.listener.MessageListener;
import uk.mhhs.gateway.archive.ArchivedRequest;
import uk.mhhs.gateway.archive.IngressArchive;
import uk.mhhs.gateway.ingress.SubmissionIngress;

/**
 * Reads {@code dip.submissions}: IF messages our own services submit through their outbox. Each record (a
 * {@code {"payload": ...}} object or an array of them) is archived, then goes through the same level-1 validation
 * and durable acceptance as {@code POST /dip-channel/{id}}, without API key or signature; its sender must be a
 * registered participant. Rejections go back to the sender as a StandardResponse on {@code dip.status}.
 *
 * <p>Offsets are committed after processing, so a crash re-reads a record: its messages are then found accepted
 * from the same record (same body hash) and skipped silently, and nothing is published twice.
 */
class SubmissionListener implements MessageListener<String, byte[]> {

    /** Optional record header naming the channel; without it each message's {@code S0.interfaceID} is used. */
    static final String INTERFACE_HEADER = "dip-interface-id";

    private final IngressArchive archive;
    private final SubmissionIngress ingress;
    private final Clock clock;

    SubmissionListener(IngressArchive archive, SubmissionIngress ingress, Clock clock) {
        this.archive = archive;
        this.ingress = ingress;
        this.clock = clock;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        byte[] body = record.value() == null ? new byte[0] : record.value();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8));
        }
        String channel = headers.get(INTERFACE_HEADER);
        String source = record.topic() + '-' + record.partition() + '@' + record.offset();
        long archiveId = archive.record(new ArchivedRequest(clock.instant(), ArchivedRequest.Source.KAFKA, source,
                channel, null, headers, body));
        ingress.submit(channel, body, archiveId);
    }
}
