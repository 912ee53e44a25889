package uk.mhhs.gateway.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaAdmin;
import uk.mhhs.testsupport.TestKafka;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dip.dead.letter.depth} against a real broker: what waits on each {@code .dlt} topic, and nothing else. */
class DeadLetterDepthTest {

    private final TestKafka kafka = TestKafka.instance();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void counts_the_records_on_each_dead_letter_topic_across_partitions_and_zero_on_an_empty_one() throws Exception {
        String prefix = "dld-" + UUID.randomUUID() + ".";
        String full = prefix + "dip.pub.021.dlt";
        String empty = prefix + "dip.pub.022.dlt";
        String live = prefix + "dip.pub.021";
        kafka.createTopics(full, empty, live);
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            // three records on three keys (spread over the 3 partitions), one on the live topic that must not count
            for (String key : new String[]{"a", "b", "c"}) {
                producer.send(new ProducerRecord<>(full, key, "dead")).get();
            }
            producer.send(new ProducerRecord<>(live, "a", "alive")).get();
        }
        var depth = new DeadLetterDepth(new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers())), meters);
        try {
            depth.refresh();

            assertThat(depthOf(full).value()).isEqualTo(3.0);
            assertThat(depthOf(empty).value()).isZero();
            assertThat(meters.find("dip.dead.letter.depth").tag("topic", live).gauge()).isNull();
        } finally {
            depth.destroy();
        }
    }

    private Gauge depthOf(String topic) {
        return meters.get("dip.dead.letter.depth").tag("topic", topic).gauge();
    }
}
