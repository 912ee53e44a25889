package uk.mhhs.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.util.Map;

/** A KRaft broker in this JVM (spring-kafka-test): no Docker needed (the default). */
final class EmbeddedKafka implements KafkaServer {

    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafka(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    static EmbeddedKafka start() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.copyOf(SETTINGS));
        broker.afterPropertiesSet();
        return new EmbeddedKafka(broker);
    }

    @Override
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void createTopics(String... topics) {
        broker.addTopics(topics);
    }
}
