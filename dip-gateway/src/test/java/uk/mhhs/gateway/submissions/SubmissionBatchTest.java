package uk.mhhs.gateway.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.gateway.archive.ArchivedRequest;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;
import uk.mhhs.gateway.ingress.SubmissionIngress;
import uk.mhhs.gateway.participants.ParticipantRegistry;
import uk.mhhs.gateway.participants.ParticipantStore;
import uk.mhhs.gateway.participants.RoleAssignment;
import uk.mhhs.gateway.participants.StoredParticipant;
import uk.mhhs.testsupport.dip.If021Message;
import uk.mhhs.testsupport.kafka.TopicReader;

/**
 * The {@code dip.submissions} listener takes a poll's records in one transaction: every record archived with its
 * outcome, the valid ones accepted and published once, the invalid ones answered; a poll read again (a crash after
 * the commit, before the offsets) publishes nothing twice, a poll whose transaction never committed (a crash
 * before) is taken whole when it comes again, and a reference reused within a poll is MSG1006 for the later record.
 */
@GatewayIntegrationTest
class SubmissionBatchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** One of mhhs.gateway.submissions.suite-senders (test application.yml). */
    private static final String DATA_SERVICE = "9900000093";

    private static TopicReader pub021;

    @Autowired SubmissionIngress ingress;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired DipTopics topics;
    @Autowired ParticipantStore store;
    @Autowired ParticipantRegistry registry;

    private final String topic = "batch-test-" + UUID.randomUUID();
    private SubmissionListener listener;

    @BeforeEach
    void setUp() {
        if (registry.findByDipId(DATA_SERVICE).isEmpty()) {
            store.insert(new StoredParticipant(DATA_SERVICE, null, "Data service (suite)",
                    List.of(RoleAssignment.of("SDS")), null, null, Set.of(), true));
            registry.refresh();
        }
        if (pub021 == null) {
            pub021 = TopicReader.fromBeginning(topics.publication("IF-021"));
        }
        listener = new SubmissionListener(ingress, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        if (pub021 != null) {
            pub021.close();
        }
    }

    @Test
    void takes_a_poll_whole_accepting_the_valid_records_archiving_each_with_its_outcome() {
        // given a poll of three records: valid, invalid (period 5 has 1.5: MSG1001), valid
        If021Message first = If021Message.from(DATA_SERVICE);
        If021Message invalid = If021Message.from(DATA_SERVICE).periodValue(5, "1.5");
        If021Message third = If021Message.from(DATA_SERVICE);

        boolean tookItWhole = ingress.submitAll(received(poll(first, invalid, third)));

        assertThat(tookItWhole).isTrue();
        assertThat(outcomes()).containsExactlyInAnyOrder("0:201", "1:400", "2:201");
        assertThat(acceptedRows(first)).isEqualTo(1);
        assertThat(acceptedRows(invalid)).isZero();
        assertThat(acceptedRows(third)).isEqualTo(1);
        pub021.awaitMentioning(third.senderUniqueReference(), WAIT);
        assertThat(pub021.mentioning(first.senderUniqueReference())).hasSize(1);
    }

    @Test
    void publishes_nothing_twice_when_a_committed_poll_is_read_again() {
        // given a poll committed in the database whose offsets were never committed (a crash in between)
        If021Message first = If021Message.from(DATA_SERVICE);
        If021Message second = If021Message.from(DATA_SERVICE);
        List<ConsumerRecord<String, byte[]>> poll = poll(first, second);
        listener.onMessage(poll);

        listener.onMessage(poll);

        // then each message accepted once, both records archived twice as accepted (the second time one at a time)
        assertThat(acceptedRows(first)).isEqualTo(1);
        assertThat(acceptedRows(second)).isEqualTo(1);
        assertThat(outcomes()).containsExactlyInAnyOrder("0:201", "1:201", "0:201", "1:201");
        If021Message fence = If021Message.from(DATA_SERVICE);
        listener.onMessage(poll(fence));
        pub021.awaitMentioning(fence.senderUniqueReference(), WAIT);
        assertThat(pub021.mentioning(first.senderUniqueReference())).hasSize(1);
        assertThat(pub021.mentioning(second.senderUniqueReference())).hasSize(1);
    }

    @Test
    void a_poll_whose_transaction_never_committed_leaves_nothing_and_is_taken_whole_when_read_again() {
        If021Message first = If021Message.from(DATA_SERVICE);
        If021Message second = If021Message.from(DATA_SERVICE);
        List<ConsumerRecord<String, byte[]>> poll = poll(first, second);
        // the gateway dies before the commit: the poll's transaction is rolled back
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            listener.onMessage(poll);
            status.setRollbackOnly();
        });
        assertThat(outcomes()).isEmpty();
        assertThat(acceptedRows(first) + acceptedRows(second)).isZero();

        listener.onMessage(poll);

        assertThat(outcomes()).containsExactlyInAnyOrder("0:201", "1:201");
        assertThat(acceptedRows(first)).isEqualTo(1);
        assertThat(acceptedRows(second)).isEqualTo(1);
    }

    @Test
    void a_reference_used_twice_in_one_poll_is_MSG1006_for_the_later_record_only() {
        If021Message original = If021Message.from(DATA_SERVICE);
        If021Message reused = If021Message.from(DATA_SERVICE).senderUniqueReference(original.senderUniqueReference())
                .periodValue(0, "9.999");

        assertThat(ingress.submitAll(received(poll(original, reused)))).as("given up: nothing written").isFalse();
        assertThat(outcomes()).isEmpty();

        listener.onMessage(poll(original, reused));

        assertThat(outcomes()).containsExactlyInAnyOrder("0:201", "1:400");
        assertThat(jdbc.queryForObject("select outcome_codes[1] from dip.ingress_archive where source_ref = ?",
                String.class, topic + "-0@1")).isEqualTo("MSG1006");
        assertThat(acceptedRows(original)).isEqualTo(1);
    }

    private List<ConsumerRecord<String, byte[]>> poll(If021Message... messages) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            records.add(new ConsumerRecord<>(topic, 0, i, messages[i].mpanCore(),
                    messages[i].toMessageJson().getBytes(StandardCharsets.UTF_8)));
        }
        return records;
    }

    private static List<ArchivedRequest> received(List<ConsumerRecord<String, byte[]>> poll) {
        return poll.stream().map(r -> new ArchivedRequest(Instant.now(), ArchivedRequest.Source.KAFKA,
                r.topic() + "-" + r.partition() + "@" + r.offset(), null, null, Map.of(), r.value())).toList();
    }

    /** {@code offset:status} of every archive row of this test's records. */
    private List<String> outcomes() {
        return jdbc.query("select source_ref, outcome_status from dip.ingress_archive where source_ref like ?",
                (rs, n) -> rs.getString(1).substring(rs.getString(1).lastIndexOf('@') + 1) + ":" + rs.getInt(2),
                topic + "-%");
    }

    private int acceptedRows(If021Message message) {
        return jdbc.queryForObject("select count(*) from dip.accepted_message where sender_dip_id = ? and "
                + "sender_unique_reference = ?", Integer.class, message.senderDipId(), message.senderUniqueReference());
    }
}
