package uk.mhhs.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.listener.BatchListenerFailedException;
import uk.mhhs.testsupport.kafka.TopicReader;

/**
 * The delivery consumer takes a poll's records at once: every PUB of the poll and its deliveries in one transaction,
 * a poll read again changes nothing, and a malformed record in the middle costs only itself (dead-lettered) while
 * the records before and after it are recorded.
 */
class PublicationBatchTest extends DeliveryTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MPAN = "2000056535971";

    @Autowired RecordingPublications recording;
    @Autowired DeliveryDispatcher dispatcher;

    @Test
    void records_every_PUB_of_a_poll_with_a_delivery_per_recipient_and_nothing_more_when_the_poll_comes_again() {
        // given three PUBs: to a supplier with a webhook and a distributor without, to the supplier alone, and to
        // the distributor alone
        var supplier = participants.register("SUP");
        var distributor = participants.register("LDSO");
        assertThat(supplier.post("/dip-channel/IF-021/pubconfig/" + supplier.dipId(),
                "{\"callbackURL\":\"" + webhook.url("/hooks/batch") + "\"}").statusCode()).isEqualTo(201);
        String first = Pub021.newTransactionId();
        String second = Pub021.newTransactionId();
        String third = Pub021.newTransactionId();
        List<ConsumerRecord<String, byte[]>> poll = List.of(
                record(0, first, List.of(supplier.dipId(), distributor.dipId())),
                record(1, second, List.of(supplier.dipId())),
                record(2, third, List.of(distributor.dipId())));
        PublicationListener listener = new PublicationListener(recording, dispatcher);

        listener.onMessage(poll);
        listener.onMessage(poll);

        // then 3 PUBs and 4 deliveries (2 + 1 + 1), once each: pending (or already delivered) for the supplier's
        // webhook, NO_WEBHOOK for the distributor
        assertThat(jdbc.queryForObject("select count(*) from dip.publication where transaction_id in (?, ?, ?)",
                Integer.class, first, second, third)).isEqualTo(3);
        assertThat(rows.of(first, supplier.dipId())).hasSize(1);
        assertThat(rows.of(first, distributor.dipId())).singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo("NO_WEBHOOK"));
        assertThat(rows.of(second, supplier.dipId())).hasSize(1);
        assertThat(rows.of(third, distributor.dipId())).singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo("NO_WEBHOOK"));
        assertThat(rows.of(second, distributor.dipId())).isEmpty();
        await().atMost(WAIT).until(() -> webhook.received().size() == 2);
    }

    @Test
    void stores_each_PUB_exactly_as_published_not_written_again() {
        // given a PUB whose JSON has spaces after the colons (the gateway writes none, but the bytes are the PUB)
        String tx = Pub021.newTransactionId();
        String compact = new String(Pub021.record(Pub021.pub(tx, Instant.parse("2026-11-02T06:00:05Z"), MPAN,
                List.of(participants.register("SUP").dipId()))), StandardCharsets.UTF_8);
        String spaced = compact.replace("\":", "\": ");
        String payload = spaced.substring("{\"payload\": ".length(), spaced.length() - 1);

        new PublicationListener(recording, dispatcher).onMessage(List.of(new ConsumerRecord<>(
                topics.publication("IF-021"), 0, 0, MPAN, spaced.getBytes(StandardCharsets.UTF_8))));

        assertThat(jdbc.queryForObject("select payload from dip.publication where transaction_id = ?", String.class,
                tx)).isEqualTo(payload);
    }

    @Test
    void a_malformed_record_fails_the_poll_at_its_index_after_the_records_before_it_are_recorded() {
        var supplier = participants.register("SUP");
        String before = Pub021.newTransactionId();
        String after = Pub021.newTransactionId();
        List<ConsumerRecord<String, byte[]>> poll = List.of(
                record(0, before, List.of(supplier.dipId())),
                new ConsumerRecord<>(topics.publication("IF-021"), 0, 1, MPAN, "not json".getBytes()),
                record(2, after, List.of(supplier.dipId())));

        assertThatThrownBy(() -> new PublicationListener(recording, dispatcher).onMessage(poll))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        e -> assertThat(e.getIndex()).isEqualTo(1));

        assertThat(rows.pub(before, supplier.dipId())).isPresent();
        assertThat(rows.pub(after, supplier.dipId())).isEmpty();
    }

    @Test
    void dead_letters_a_malformed_PUB_and_records_the_PUBs_around_it_through_Kafka() {
        var supplier = participants.register("SUP");
        String before = Pub021.newTransactionId();
        String after = Pub021.newTransactionId();
        String topic = topics.publication("IF-021");
        byte[] malformed = ("not json " + before).getBytes(StandardCharsets.UTF_8);
        try (TopicReader deadLetters = TopicReader.fromNow(topic + ".dlt")) {
            publisher.send(topic, MPAN, record(0, before, List.of(supplier.dipId())).value());
            publisher.send(topic, MPAN, malformed);
            publisher.send(topic, MPAN, record(2, after, List.of(supplier.dipId())).value());

            await().atMost(WAIT).until(() -> rows.pub(after, supplier.dipId()).isPresent());
            assertThat(rows.pub(before, supplier.dipId())).isPresent();
            assertThat(deadLetters.awaitMentioning(before, WAIT).value()).isEqualTo(malformed);
        }
    }

    private ConsumerRecord<String, byte[]> record(long offset, String transactionId, List<String> recipients) {
        return new ConsumerRecord<>(topics.publication("IF-021"), 0, offset, MPAN,
                Pub021.record(Pub021.pub(transactionId, Instant.parse("2026-11-02T06:00:05Z"), MPAN, recipients)));
    }
}
