package uk.mhhs.gateway.status;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.gateway.kafka.ByteRecordConsumers;
import uk.mhhs.gateway.delivery.DeliveryDispatcher;

/** Wires the consumer of {@code dip.status} that feeds status webhooks. */
@Configuration(proxyBeanMethods = false)
class StatusConfiguration {

    /** The consumer group reading {@code dip.status} for status webhooks. */
    static final String STATUS_GROUP = "dip-gateway-status-delivery";

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> statusDeliveryContainer(ByteRecordConsumers consumers,
            DipTopics topics, RecordingStatusMessages recording, DeliveryDispatcher dispatcher) {
        return consumers.forTopics(STATUS_GROUP, new StatusListener(recording, dispatcher), topics.status());
    }
}
