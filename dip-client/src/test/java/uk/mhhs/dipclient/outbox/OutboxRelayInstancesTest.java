package uk.mhhs.dipclient.outbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.schema.DipClientSchema;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.TestKafka;
import uk.mhhs.testsupport.kafka.TopicReader;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.dipclient.outbox.OutboxRelayTest.bytes;
import static uk.mhhs.dipclient.outbox.OutboxRelayTest.text;

/** Three relay instances on one outbox table: each key's records still come out once and in order. */
@SpringBootTest(properties = "mhhs.dip.outbox.relay-enabled=false")
@RealServers(database = "dip_client_restart")
class OutboxRelayInstancesTest {

    @Autowired
    OutboxWriter writer;
    @Autowired
    OutboxRelay contextRelay;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataSource dataSource;
    @Autowired
    DipClientSchema schema;
    @Autowired
    DipTopics topics;

    private final List<OutboxRelay> relays = new ArrayList<>();

    @AfterEach
    void stopRelays() {
        relays.forEach(OutboxRelay::stop);
    }

    @Test
    void three_relays_publish_each_of_1000_records_once_in_key_order() {
        relays.add(contextRelay);
        relays.add(otherInstance());
        relays.add(otherInstance());
        relays.forEach(OutboxRelay::start);
        String topic = topics.prefix() + "test.instances";
        List<String> keys = List.of("1000000000011", "1000000000012", "1000000000013", "1000000000014");

        try (TopicReader reader = TopicReader.fromBeginning(topic)) {
            for (int t = 0; t < 10; t++) {
                int first = t * 100;
                List<OutboxRecord> records = IntStream.range(first, first + 100)
                        .mapToObj(n -> new OutboxRecord(topic, keys.get(n % 4), bytes(Integer.toString(n / 4))))
                        .toList();
                transaction.executeWithoutResult(status -> writer.enqueueAll(records));
            }

            List<ConsumerRecord<String, byte[]>> received = reader.awaitRecords(1000);
            Map<String, List<Integer>> sequenceByKey = new LinkedHashMap<>();
            received.forEach(r -> sequenceByKey.computeIfAbsent(r.key(), k -> new ArrayList<>())
                    .add(Integer.parseInt(text(r.value()))));
            // 250 per key, 0..249, none twice (no instance crashed, so no duplicates either)
            List<Integer> expected = IntStream.range(0, 250).boxed().toList();
            assertThat(received).hasSize(1000);
            keys.forEach(key -> assertThat(sequenceByKey.get(key)).as(key).isEqualTo(expected));
        }
    }

    /** Another relay process on the same table: small batches and a short poll, so rounds interleave. */
    private OutboxRelay otherInstance() {
        Map<String, Object> producer = Map.of("bootstrap.servers", TestKafka.instance().bootstrapServers(),
                "enable.idempotence", true, "acks", "all", "max.in.flight.requests.per.connection", 5);
        return new OutboxRelay(dataSource, schema, new OutboxSignal(),
                () -> new KafkaProducer<>(producer, new StringSerializer(), new ByteArraySerializer()),
                new OutboxProperties(true, Duration.ofMillis(20), 50), new SimpleMeterRegistry());
    }
}
