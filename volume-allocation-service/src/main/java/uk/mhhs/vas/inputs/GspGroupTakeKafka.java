package uk.mhhs.vas.inputs;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import uk.mhhs.dipclient.DipClientProperties;
import uk.mhhs.dipclient.DipKafkaClients;
import uk.mhhs.vas.VasProperties;

/**
 * The Kafka side of GSP Group Take: a listener container on {@code <topic prefix><mhhs.vas.gsp-group-take.topic>}
 * (consumer group {@code <topic prefix>vas.gsp-group-take}, dip-client's consumer settings: no auto-commit, a new group
 * starts at the earliest record) and the producer of {@code <topic>.refused}. A record whose storing keeps failing is
 * retried 5 times, 2 s apart, then refused; the consumer goes on with the next.
 */
@Configuration(proxyBeanMethods = false)
class GspGroupTakeKafka {

    static final String GROUP = "vas.gsp-group-take";

    /** Its producer is no bean of its own, which would stand in for Spring Boot's and its {@code KafkaTemplate}. */
    @Bean
    GspGroupTakeListener gspGroupTakeListener(GspGroupTakeStore store, KafkaProperties kafka,
                                              KafkaConnectionDetails connection) {
        return new GspGroupTakeListener(store,
                new DefaultKafkaProducerFactory<>(DipKafkaClients.producer(kafka, connection)));
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> gspGroupTakeContainer(
            KafkaProperties kafka, KafkaConnectionDetails connection, DipClientProperties dip,
            VasProperties properties, GspGroupTakeListener listener, MeterRegistry meters) {
        ContainerProperties container = new ContainerProperties(dip.topicPrefix() + properties.gspGroupTake().topic());
        container.setGroupId(dip.topicPrefix() + GROUP);
        container.setMessageListener(listener);
        var result = new ConcurrentMessageListenerContainer<>(
                DipKafkaClients.measuredConsumers(kafka, connection, meters),
                container);
        result.setBeanName("vasGspGroupTake");
        result.setCommonErrorHandler(new DefaultErrorHandler((record, e) -> listener.unstorable(record, e),
                new FixedBackOff(2_000, 5)));
        return result;
    }
}
