package uk.mhhs.dipclient.listener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.testapp.TestPubHandlers;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The handlers of {@link TestPubHandlers}, fed by records written straight to the PUB topics. */
@SpringBootTest
@RealServers(database = "dip_client_it")
class DipPubListenerTest {

    private static final String US = "9900000005";

    @Autowired
    DipTopics topics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TestPubHandlers handlers;

    @Test
    void a_transaction_delivered_twice_has_one_effect() {
        String transactionId = "T-IF-021-" + UUID.randomUUID();
        double processed = received("IF-021", "processed");
        double duplicates = received("IF-021", "duplicate");

        TopicReader.send(topics.publication("IF-021"), "2000056535971", PubMessages.pub("021", transactionId, US));
        TopicReader.send(topics.publication("IF-021"), "2000056535971", PubMessages.pub("021", transactionId, US));

        await().atMost(Duration.ofSeconds(60)).until(() -> received("IF-021", "duplicate") == duplicates + 1);
        assertThat(received("IF-021", "processed")).isEqualTo(processed + 1);
        assertThat(effects("test-consumption", transactionId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select mpan from handled_message where transaction_id = ?", String.class,
                transactionId)).isEqualTo("2000056535971");
        assertThat(jdbc.queryForObject("select count(*) from svc.dip_inbox where consumer = 'test-consumption'"
                + " and transaction_id = ?", Integer.class, transactionId)).isEqualTo(1);
        assertThat(meters.find("dip.pub.handler").tags("interface", "IF-021", "consumer", "test-consumption")
                .timer().count()).isGreaterThanOrEqualTo(2);
        // the first copy was processed: timed from its record's timestamp; the duplicate is not timed again
        assertThat(meters.find("dip.pub.latency").tags("interface", "IF-021", "consumer", "test-consumption")
                .timer().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_message_not_addressed_to_us_is_skipped_and_counted() {
        String transactionId = "T-IF-021-" + UUID.randomUUID();
        double notAddressed = received("IF-021", "not_addressed");

        TopicReader.send(topics.publication("IF-021"), "2000056535971", PubMessages.pub("021", transactionId, "9900000099"));

        await().atMost(Duration.ofSeconds(60)).until(() -> received("IF-021", "not_addressed") == notAddressed + 1);
        assertThat(effects("test-consumption", transactionId)).isZero();
    }

    @Test
    void a_handler_that_always_throws_sends_the_record_to_the_dead_letter_topic_after_two_retries() {
        String transactionId = "T-IF-022-" + UUID.randomUUID();
        byte[] value = PubMessages.pub("022", transactionId, US);
        double failed = received("IF-022", "failed");
        String topic = topics.publication("IF-022");

        try (TopicReader deadLetters = TopicReader.fromBeginning(DipTopics.deadLetter(topic))) {
            int before = deadLetters.poll().size();
            TopicReader.send(topic, "2000056535971", value);

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(before + 1).get(before);
            assertThat(dead.topic()).isEqualTo(topic + ".dlt");
            assertThat(dead.key()).isEqualTo("2000056535971");
            assertThat(dead.value()).isEqualTo(value);
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("handler always fails");
            assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(topic);
        }
        // 1 delivery + 2 retries (mhhs.dip.listener.max-retries=2 in application.yml)
        assertThat(handlers.failedAttempts(transactionId)).isEqualTo(3);
        assertThat(received("IF-022", "failed")).isEqualTo(failed + 1);
        // each attempt's row rolled back with its inbox entry
        assertThat(effects("test-always-fails", transactionId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from svc.dip_inbox where transaction_id = ?", Integer.class,
                transactionId)).isZero();
    }

    @Test
    void an_unreadable_record_goes_straight_to_the_dead_letter_topic() {
        double failed = received("IF-021", "failed");
        String topic = topics.publication("IF-021");
        byte[] poison = "this is not JSON".getBytes(StandardCharsets.UTF_8);

        try (TopicReader deadLetters = TopicReader.fromBeginning(DipTopics.deadLetter(topic))) {
            int before = deadLetters.poll().size();
            TopicReader.send(topic, "poison", poison);

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(before + 1).get(before);
            assertThat(dead.value()).isEqualTo(poison);
            assertThat(header(dead, "kafka_dlt-exception-cause-fqcn"))
                    .isEqualTo(UnreadablePubMessageException.class.getName());
        }
        assertThat(received("IF-021", "failed")).isEqualTo(failed + 1);
    }

    private double received(String interfaceId, String outcome) {
        Counter counter = meters.find("dip.pub.received").tags("interface", interfaceId, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private int effects(String consumer, String transactionId) {
        return jdbc.queryForObject("select count(*) from handled_message where consumer = ? and transaction_id = ?",
                Integer.class, consumer, transactionId);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
