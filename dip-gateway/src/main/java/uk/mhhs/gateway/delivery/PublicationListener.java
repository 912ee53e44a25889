package uk.mhhs.gateway.delivery;

import uk.mhhs.gateway.kafka.MalformedRecordException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.MessageListener;

/**
 * Reads every {@code dip.pub.<nnn>} record (consumer group {@code dip-gateway-delivery}), records the PUB
 * and its deliveries, and wakes the dispatcher when some are due. The offset is committed only after the
 * database transaction, so a crash in between re-reads the record, which records nothing new.
 */
class PublicationListener implements MessageListener<String, byte[]> {

    private final RecordingPublications recording;
    private final DeliveryDispatcher dispatcher;

    PublicationListener(RecordingPublications recording, DeliveryDispatcher dispatcher) {
        this.recording = recording;
        this.dispatcher = dispatcher;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new MalformedRecordException("publication record without a value at " + record.topic() + '-'
                    + record.partition() + '@' + record.offset());
        }
        int pending = 0;
        for (Publication publication : PublicationParser.parse(record.value())) {
            pending += recording.record(publication);
        }
        if (pending > 0) {
            dispatcher.wakeUp();
        }
    }
}
