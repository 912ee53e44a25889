package uk.mhhs.gateway.status;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.MessageListener;
import uk.mhhs.common.envelope.StandardResponseBody;
import uk.mhhs.common.party.DipId;
import uk.mhhs.gateway.delivery.DeliveryDispatcher;
import uk.mhhs.gateway.kafka.MalformedRecordException;

/**
 * Reads {@code dip.status} (consumer group {@code dip-gateway-status-delivery}): every status message, the
 * gateway's own L2 rejections and recipients' forwarded L4 messages alike, keyed by the DIP ID of the
 * participant it is for, and queues it for that participant's status webhook.
 */
class StatusListener implements MessageListener<String, byte[]> {

    private final RecordingStatusMessages recording;
    private final DeliveryDispatcher dispatcher;

    StatusListener(RecordingStatusMessages recording, DeliveryDispatcher dispatcher) {
        this.recording = recording;
        this.dispatcher = dispatcher;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        List<StandardResponseBody> entries;
        try {
            entries = StatusMessages.read(record.value());
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("status record is not a StandardResponseArray: " + e.getMessage(), e);
        }
        String addressee = record.key() != null ? record.key() : entries.get(0).recipientID();
        if (!DipId.isValid(addressee)) {
            throw new MalformedRecordException("status record has no addressee DIP ID (key or recipientID)");
        }
        String source = record.topic() + '-' + record.partition() + '@' + record.offset();
        if (recording.record(addressee, source, StatusMessages.write(entries))) {
            dispatcher.wakeUp();
        }
    }
}
