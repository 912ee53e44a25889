package uk.mhhs.dipclient.outbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@RealServers(database = "dip_client_it")
class OutboxRelayTest {

    @Autowired
    OutboxWriter writer;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DipTopics topics;

    @Test
    void a_committed_record_is_published_with_its_key_value_and_headers_and_then_deleted() {
        String topic = topics.prefix() + "test.committed";
        try (TopicReader reader = TopicReader.fromBeginning(topic)) {
            transaction.executeWithoutResult(status -> writer.enqueue(new OutboxRecord(topic, "2000056535971",
                    bytes("{\"payload\":{}}"), Map.of("interfaceID", "IF-021"))));

            ConsumerRecord<String, byte[]> record = reader.awaitRecords(1).get(0);
            assertThat(record.key()).isEqualTo("2000056535971");
            assertThat(text(record.value())).isEqualTo("{\"payload\":{}}");
            assertThat(text(record.headers().lastHeader("interfaceID").value())).isEqualTo("IF-021");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> rowsFor(topic) == 0);
    }

    @Test
    void a_rolled_back_transaction_publishes_nothing() {
        String topic = topics.prefix() + "test.rollback";
        try (TopicReader reader = TopicReader.fromBeginning(topic)) {
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                writer.enqueue(new OutboxRecord(topic, "K", bytes("rolled back")));
                throw new IllegalStateException("business rule failed");
            })).hasMessage("business rule failed");
            // A later commit on the same key: once it is out, the rolled-back one can never come.
            writer.enqueue(new OutboxRecord(topic, "K", bytes("committed")));

            List<ConsumerRecord<String, byte[]>> records = reader.awaitRecords(1);
            assertThat(records).extracting(r -> text(r.value())).containsExactly("committed");
        }
        assertThat(rowsFor(topic)).isZero();
    }

    @Test
    void one_keys_records_keep_their_order_across_1000_records_in_ten_transactions() {
        String topic = topics.prefix() + "test.order";
        List<String> keys = List.of("1000000000001", "1000000000002", "1000000000003", "1000000000004");
        try (TopicReader reader = TopicReader.fromBeginning(topic)) {
            for (int t = 0; t < 10; t++) {
                int first = t * 100;
                // 100 records per transaction, keys round-robin: record n has key n % 4 and is that key's n / 4-th
                List<OutboxRecord> records = IntStream.range(first, first + 100)
                        .mapToObj(n -> new OutboxRecord(topic, keys.get(n % 4), bytes(Integer.toString(n / 4))))
                        .toList();
                transaction.executeWithoutResult(status -> writer.enqueueAll(records));
            }

            List<ConsumerRecord<String, byte[]>> received = reader.awaitRecords(1000);
            Map<String, List<Integer>> sequenceByKey = new LinkedHashMap<>();
            received.forEach(r -> sequenceByKey.computeIfAbsent(r.key(), k -> new ArrayList<>())
                    .add(Integer.parseInt(text(r.value()))));
            // 1000 records over 4 keys: 250 each, numbered 0..249 in enqueue order
            List<Integer> expected = IntStream.range(0, 250).boxed().toList();
            assertThat(received).hasSize(1000);
            assertThat(sequenceByKey).containsOnlyKeys(keys);
            keys.forEach(key -> assertThat(sequenceByKey.get(key)).as(key).isEqualTo(expected));
        }
    }

    @Test
    void without_a_transaction_enqueue_commits_on_its_own() {
        String topic = topics.prefix() + "test.autocommit";
        try (TopicReader reader = TopicReader.fromBeginning(topic)) {
            writer.enqueueAll(List.of(new OutboxRecord(topic, null, bytes("a")), new OutboxRecord(topic, null, bytes("b"))));
            assertThat(reader.awaitRecords(2)).extracting(r -> text(r.value())).containsExactlyInAnyOrder("a", "b");
        }
    }

    private int rowsFor(String topic) {
        return jdbc.queryForObject("select count(*) from svc.dip_outbox where topic = ?", Integer.class, topic);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
