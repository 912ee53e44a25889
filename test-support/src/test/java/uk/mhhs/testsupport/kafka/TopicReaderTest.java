package uk.mhhs.testsupport.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import uk.mhhs.testsupport.TestKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TopicReaderTest {

    @Test
    void reads_from_the_beginning_what_was_sent_before_it_opened() {
        String topic = "tr.beginning." + UUID.randomUUID();
        TopicReader.send(topic, "2000056535971", bytes("first"));
        TopicReader.send(topic, "2000056535972", bytes("second"));

        try (TopicReader reader = TopicReader.fromBeginning(topic)) {
            assertThat(reader.awaitRecords(2)).extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder("2000056535971", "2000056535972");
            assertThat(reader.mentioning("second")).extracting(ConsumerRecord::key).containsExactly("2000056535972");
        }
    }

    @Test
    void from_now_sees_only_what_is_sent_after_it_opened() {
        String topic = "tr.now." + UUID.randomUUID();
        TopicReader.send(topic, "before", bytes("before"));

        try (TopicReader reader = TopicReader.fromNow(topic)) {
            TopicReader.send(topic, "after", bytes("after"));
            assertThat(reader.await(r -> "after".equals(r.key())).key()).isEqualTo("after");
            reader.readToEnd();
            assertThat(reader.records()).extracting(ConsumerRecord::key).containsExactly("after");
        }
    }

    @Test
    void never_sees_a_record_of_an_aborted_transaction() {
        String topic = "tr.committed." + UUID.randomUUID();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.instance().bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tr-" + UUID.randomUUID()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "aborted", bytes("aborted")));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "committed", bytes("committed")));
            producer.commitTransaction();
        }

        try (TopicReader reader = TopicReader.fromBeginning(topic)) {
            reader.awaitMentioning("committed", Duration.ofSeconds(30));
            reader.readToEnd();
            assertThat(reader.records()).extracting(ConsumerRecord::key).containsExactly("committed");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
