package uk.mhhs.localsuite.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The local suite's own broker: KRaft combined mode, storage formatted once, records kept across a restart. */
class LocalKafkaTest {

    @TempDir
    Path temp;

    @Test
    void a_record_written_before_a_restart_is_read_after_it() throws Exception {
        int port = freePort();
        int controllerPort = freePort();
        Path directory = temp.resolve("kafka");

        try (LocalKafka kafka = LocalKafka.start(directory, port, controllerPort);
             var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                     "acks", "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("dip.pub.021", "2000056535971", "IF-021")).get();
        }
        assertThat(Files.readString(directory.resolve("server.properties")))
                .contains("process.roles=broker,controller")
                .contains("controller.quorum.voters=1@localhost:" + controllerPort);
        String clusterId = clusterId(directory);

        try (LocalKafka again = LocalKafka.start(directory, port, controllerPort)) {
            assertThat(clusterId(directory)).as("formatted only once").isEqualTo(clusterId);
            assertThat(readAll(again.bootstrapServers(), "dip.pub.021")).containsExactly("2000056535971=IF-021");
        }
    }

    private static List<String> readAll(String servers, String topic) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", servers,
                ConsumerConfig.GROUP_ID_CONFIG, "local-kafka-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.key() + "=" + r.value()));
            }
            return values;
        }
    }

    private static String clusterId(Path directory) throws Exception {
        return Files.readAllLines(directory.resolve("data/meta.properties")).stream()
                .filter(l -> l.startsWith("cluster.id=")).findFirst().orElseThrow();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
