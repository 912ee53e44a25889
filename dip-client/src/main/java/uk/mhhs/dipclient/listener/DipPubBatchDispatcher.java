package uk.mhhs.dipclient.listener;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import uk.mhhs.dipclient.inbox.DipInbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Kafka batch listener of a {@link DipPubListener} method taking {@code List<PubMessage>}: parses the poll's
 * records, keeps those addressed to this service, and runs the method once with the ones the inbox has not seen, all
 * in one transaction. A record that cannot be read ends the batch there: the records before it are processed, then
 * {@link BatchListenerFailedException} names it, so the error handler commits what went before and dead-letters it.
 * If the method throws for the batch, the records are processed one at a time (each in its own inbox transaction):
 * the first that fails alone is named to the error handler, which retries and then dead-letters just that record.
 */
final class DipPubBatchDispatcher implements BatchMessageListener<String, byte[]> {

    private static final Logger LOG = LoggerFactory.getLogger(DipPubBatchDispatcher.class);

    private final DipPubListenerRegistry.Endpoint endpoint;
    private final ListenerMethod method;
    private final DipInbox inbox;
    private final String dipId;
    private final DipPubMetrics metrics;

    DipPubBatchDispatcher(DipPubListenerRegistry.Endpoint endpoint, Object bean, DipInbox inbox, String dipId,
                          DipPubMetrics metrics) {
        this.endpoint = endpoint;
        this.method = new ListenerMethod(endpoint, bean);
        this.inbox = inbox;
        this.dipId = dipId;
        this.metrics = metrics;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records) {
        List<PubMessage> messages = new ArrayList<>(records.size());
        List<Integer> indexes = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            PubMessage message;
            try {
                message = PubMessage.parse(record.value());
            } catch (UnreadablePubMessageException e) {
                process(records, messages, indexes);
                throw new BatchListenerFailedException("unreadable PUB record", e, record);
            }
            if (message.isAddressedTo(dipId)) {
                messages.add(message);
                indexes.add(i);
            } else {
                metrics.received(interfaceOf(record.topic()), endpoint.consumer(),
                        DipPubMetrics.Outcome.NOT_ADDRESSED);
            }
        }
        process(records, messages, indexes);
    }

    private void process(List<ConsumerRecord<String, byte[]>> records, List<PubMessage> messages,
                         List<Integer> indexes) {
        if (messages.isEmpty()) {
            return;
        }
        String interfaceId = interfaceOf(records.get(indexes.get(0)).topic());
        try {
            Set<String> fresh = metrics.timeHandler(interfaceId, endpoint.consumer(), () -> inbox.processBatchOnce(
                    endpoint.consumer(), messages.stream().map(PubMessage::transactionID).toList(),
                    ids -> invoke(messages.stream().filter(m -> ids.contains(m.transactionID())).distinct()
                            .toList())));
            for (int i = 0; i < messages.size(); i++) {
                ConsumerRecord<String, byte[]> record = records.get(indexes.get(i));
                metrics.received(interfaceOf(record.topic()), endpoint.consumer(),
                        fresh.contains(messages.get(i).transactionID()) ? DipPubMetrics.Outcome.PROCESSED
                                : DipPubMetrics.Outcome.DUPLICATE, record.timestamp());
            }
        } catch (RuntimeException batchFailure) {
            LOG.warn("batch of {} PUBs for {} failed ({}); processing them one by one", messages.size(),
                    endpoint.consumer(), batchFailure.toString());
            for (int i = 0; i < messages.size(); i++) {
                PubMessage message = messages.get(i);
                ConsumerRecord<String, byte[]> record = records.get(indexes.get(i));
                try {
                    boolean ran = inbox.processOnce(endpoint.consumer(), message.transactionID(),
                            () -> invoke(List.of(message)));
                    metrics.received(interfaceOf(record.topic()), endpoint.consumer(),
                            ran ? DipPubMetrics.Outcome.PROCESSED : DipPubMetrics.Outcome.DUPLICATE,
                            record.timestamp());
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException("PUB " + message.transactionID() + " failed", e, record);
                }
            }
        }
    }

    String interfaceOf(String topic) {
        return endpoint.interfaceByTopic().getOrDefault(topic, "unknown");
    }

    String consumer() {
        return endpoint.consumer();
    }

    private void invoke(List<PubMessage> batch) {
        if (!batch.isEmpty()) {
            method.invoke(batch);
        }
    }
}
