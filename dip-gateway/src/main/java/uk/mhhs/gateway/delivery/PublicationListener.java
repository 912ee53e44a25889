package uk.mhhs.gateway.delivery;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import uk.mhhs.gateway.kafka.MalformedRecordException;

/**
 * Reads every {@code dip.pub.<nnn>} record (consumer group {@code dip-gateway-delivery}) a poll at a time, records
 * the PUBs and their deliveries in one transaction, and wakes the dispatcher when some are due. The offsets are
 * committed only after that transaction, so a crash in between re-reads the records, which record nothing new.
 * A malformed record fails the poll at its index, after the ones before it are recorded: the container commits
 * those, dead-letters it, and reads the rest again.
 */
class PublicationListener implements BatchMessageListener<String, byte[]> {

    private final RecordingPublications recording;
    private final DeliveryDispatcher dispatcher;

    PublicationListener(RecordingPublications recording, DeliveryDispatcher dispatcher) {
        this.recording = recording;
        this.dispatcher = dispatcher;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records) {
        List<Publication> publications = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            try {
                if (record.value() == null) {
                    throw new MalformedRecordException("publication record without a value at " + record.topic()
                            + '-' + record.partition() + '@' + record.offset());
                }
                publications.addAll(PublicationParser.parse(record.value()));
            } catch (MalformedRecordException e) {
                record(publications);
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        record(publications);
    }

    private void record(List<Publication> publications) {
        if (recording.recordAll(publications) > 0) {
            dispatcher.wakeUp();
        }
    }
}
