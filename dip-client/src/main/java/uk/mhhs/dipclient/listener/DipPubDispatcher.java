package uk.mhhs.dipclient.listener;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.MessageListener;
import uk.mhhs.dipclient.inbox.DipInbox;


/**
 * The Kafka message listener of one {@link DipPubListener} method: parse, check the addressing, run the
 * method once per transaction ID through the inbox, count the outcome.
 */
final class DipPubDispatcher implements MessageListener<String, byte[]> {

    private final DipPubListenerRegistry.Endpoint endpoint;
    private final ListenerMethod method;
    private final DipInbox inbox;
    private final String dipId;
    private final DipPubMetrics metrics;

    DipPubDispatcher(DipPubListenerRegistry.Endpoint endpoint, Object bean, DipInbox inbox, String dipId,
                     DipPubMetrics metrics) {
        this.endpoint = endpoint;
        this.method = new ListenerMethod(endpoint, bean);
        this.inbox = inbox;
        this.dipId = dipId;
        this.metrics = metrics;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        String interfaceId = interfaceOf(record.topic());
        PubMessage message = PubMessage.parse(record.value());
        if (!message.isAddressedTo(dipId)) {
            metrics.received(interfaceId, endpoint.consumer(), DipPubMetrics.Outcome.NOT_ADDRESSED);
            return;
        }
        boolean processed = metrics.timeHandler(interfaceId, endpoint.consumer(),
                () -> inbox.processOnce(endpoint.consumer(), message.transactionID(), () -> method.invoke(message)));
        metrics.received(interfaceId, endpoint.consumer(),
                processed ? DipPubMetrics.Outcome.PROCESSED : DipPubMetrics.Outcome.DUPLICATE, record.timestamp());
    }

    String interfaceOf(String topic) {
        return endpoint.interfaceByTopic().getOrDefault(topic, "unknown");
    }

    String consumer() {
        return endpoint.consumer();
    }
}
