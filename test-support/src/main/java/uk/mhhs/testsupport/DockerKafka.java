package uk.mhhs.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.testcontainers.kafka.KafkaContainer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * A KRaft broker from the compose file's image ({@link TestServers#KAFKA_IMAGE}) in Docker, through Testcontainers,
 * with the embedded broker's settings. Testcontainers' Ryuk container removes it when the JVM ends.
 */
final class DockerKafka implements KafkaServer {

    private final KafkaContainer container;

    private DockerKafka(KafkaContainer container) {
        this.container = container;
    }

    static DockerKafka start() {
        DockerEngine.require("Kafka (" + TestServers.KAFKA_IMAGE + ")");
        KafkaContainer container = new KafkaContainer(TestServers.KAFKA_IMAGE);
        // the apache/kafka image reads broker settings from KAFKA_<NAME> variables, dots as underscores
        SETTINGS.forEach((name, value) -> container.withEnv("KAFKA_" + name.toUpperCase(Locale.ROOT)
                .replace('.', '_'), value));
        container.start();
        return new DockerKafka(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void createTopics(String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            for (NewTopic topic : Arrays.stream(topics).map(t -> new NewTopic(t, 3, (short) 1)).toList()) {
                try {
                    admin.createTopics(java.util.List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + topic.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topics", e);
        }
    }
}
