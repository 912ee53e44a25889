package uk.mhhs.testsupport;

/**
 * One real KRaft Kafka broker per test JVM, started on first use; it ends with the JVM: in this JVM (spring-kafka-test,
 * no Docker), or the compose file's image through Testcontainers when {@link TestServers} says so. Tests isolate
 * themselves by topic prefix (see {@link RealServers}).
 */
public final class TestKafka {

    private static volatile TestKafka instance;

    private final KafkaServer broker;

    private TestKafka(KafkaServer broker) {
        this.broker = broker;
    }

    /** The broker of this JVM, started on first call. */
    public static TestKafka instance() {
        TestKafka local = instance;
        if (local == null) {
            synchronized (TestKafka.class) {
                local = instance;
                if (local == null) {
                    local = new TestKafka(switch (TestServers.selected()) {
                        case EMBEDDED -> EmbeddedKafka.start();
                        case TESTCONTAINERS -> DockerKafka.start();
                    });
                    instance = local;
                    // No shutdown hook stops the broker: JVM hooks run in no fixed order, and a broker stopped
                    // while Spring contexts are still closing makes their consumers retry until Surefire's
                    // 30 s exit timeout. The broker ends with the JVM (a container through Testcontainers' Ryuk).
                }
            }
        }
        return local;
    }

    /** {@code host:port} list for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Creates topics (3 partitions each) if they do not exist yet. */
    public void createTopics(String... topics) {
        broker.createTopics(topics);
    }
}
