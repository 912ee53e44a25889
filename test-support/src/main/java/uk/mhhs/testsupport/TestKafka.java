package uk.mhhs.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.util.Map;

/**
 * One real KRaft Kafka broker per test JVM (spring-kafka-test, no Docker), started on first use; it
 * ends with the JVM. Tests isolate themselves by topic prefix (see {@link RealServers}).
 */
public final class TestKafka {

    private static volatile TestKafka instance;

    private final EmbeddedKafkaKraftBroker broker;

    private TestKafka(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /** The broker of this JVM, started on first call. */
    public static TestKafka instance() {
        TestKafka local = instance;
        if (local == null) {
            synchronized (TestKafka.class) {
                local = instance;
                if (local == null) {
                    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
                    broker.brokerProperties(Map.of(
                            "auto.create.topics.enable", "true",
                            "num.partitions", "3",
                            "group.initial.rebalance.delay.ms", "0",
                            "transaction.state.log.replication.factor", "1",
                            "transaction.state.log.min.isr", "1",
                            "offsets.topic.replication.factor", "1"));
                    broker.afterPropertiesSet();
                    local = new TestKafka(broker);
                    instance = local;
                    // No shutdown hook stops the broker: JVM hooks run in no fixed order, and a broker stopped
                    // while Spring contexts are still closing makes their consumers retry until Surefire's
                    // 30 s exit timeout. The in-process broker ends with the JVM.
                }
            }
        }
        return local;
    }

    /** {@code host:port} list for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    /** Creates topics (3 partitions each) if they do not exist yet. */
    public void createTopics(String... topics) {
        broker.addTopics(topics);
    }
}
