package uk.mhhs.dipclient.listener;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A {@code List<PubMessage>} listener ({@code TestPubHandlers.onBatch}, IF-023) on the real broker and database. */
@SpringBootTest
@RealServers(database = "dip_client_it")
class DipPubBatchListenerTest {

    private static final String US = "9900000005";

    @Autowired
    DipTopics topics;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void each_transaction_of_a_batch_has_one_effect_even_when_delivered_twice() {
        String run = UUID.randomUUID().toString();
        String topic = topics.publication("IF-023");
        for (int i = 0; i < 3; i++) {
            TopicReader.send(topic, "k" + i, PubMessages.pub("023", "T-" + run + "-" + i, US));
        }
        TopicReader.send(topic, "k0", PubMessages.pub("023", "T-" + run + "-0", US)); // a redelivery
        TopicReader.send(topic, "k9", PubMessages.pub("023", "T-" + run + "-9", "9900000099")); // not ours

        await().atMost(Duration.ofSeconds(60)).until(() -> effects(run) == 3);
        // the redelivery and the message for someone else have no effect, however long we wait for them
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> effects(run) == 3);
        assertThat(jdbc.queryForObject("select count(*) from svc.dip_inbox where consumer = 'test-batch'"
                + " and transaction_id like ?", Integer.class, "T-" + run + "%")).isEqualTo(3);
    }

    @Test
    void a_message_that_fails_is_dead_lettered_alone_and_the_rest_of_its_batch_goes_through() {
        String run = UUID.randomUUID().toString();
        String topic = topics.publication("IF-023");
        byte[] failing = PubMessages.pub("023", "T-FAIL-" + run, US);
        try (TopicReader deadLetters = TopicReader.fromBeginning(DipTopics.deadLetter(topic))) {
            int before = deadLetters.poll().size();
            // one partition key, so the three land in one partition and one poll
            TopicReader.send(topic, "same", PubMessages.pub("023", "T-" + run + "-a", US));
            TopicReader.send(topic, "same", failing);
            TopicReader.send(topic, "same", PubMessages.pub("023", "T-" + run + "-b", US));

            ConsumerRecord<String, byte[]> dead = deadLetters.await(r -> new String(r.value(),
                    StandardCharsets.UTF_8).contains("T-FAIL-" + run), Duration.ofSeconds(60));
            assertThat(dead.value()).isEqualTo(failing);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> effects(run) == 2);
        assertThat(jdbc.queryForObject("select count(*) from handled_message where transaction_id = ?",
                Integer.class, "T-FAIL-" + run)).isZero();
    }

    @Test
    void an_unreadable_record_is_dead_lettered_and_the_readable_ones_around_it_are_processed() {
        String run = UUID.randomUUID().toString();
        String topic = topics.publication("IF-023");
        byte[] poison = ("not JSON " + run).getBytes(StandardCharsets.UTF_8);
        try (TopicReader deadLetters = TopicReader.fromBeginning(DipTopics.deadLetter(topic))) {
            TopicReader.send(topic, "same", PubMessages.pub("023", "T-" + run + "-a", US));
            TopicReader.send(topic, "same", poison);
            TopicReader.send(topic, "same", PubMessages.pub("023", "T-" + run + "-b", US));

            deadLetters.await(r -> new String(r.value(), StandardCharsets.UTF_8).contains(run),
                    Duration.ofSeconds(60));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> effects(run) == 2);
    }

    private int effects(String run) {
        return jdbc.queryForObject("select count(*) from handled_message where consumer = 'test-batch'"
                + " and transaction_id like ?", Integer.class, "%" + run + "%");
    }
}
