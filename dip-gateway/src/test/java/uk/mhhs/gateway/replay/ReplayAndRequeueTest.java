package uk.mhhs.gateway.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.gateway.delivery.DeliveryTestBase;
import uk.mhhs.gateway.delivery.Pub021;
import uk.mhhs.gateway.delivery.TestParticipants;

class ReplayAndRequeueTest extends DeliveryTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MPAN_A = "2000056535971";
    private static final String MPAN_B = "1900012374324";

    @Test
    void replays_the_recipients_PUBs_filtered_by_MPAN_and_by_transaction_IDs_marked_as_replayed() {
        var supplier = participants.register("SUP");
        var otherSupplier = participants.register("SUP");
        String first = publish(supplier.dipId(), MPAN_A, "2026-11-02T06:00:01Z");
        String second = publish(supplier.dipId(), MPAN_B, "2026-11-02T06:00:02Z");
        String third = publish(supplier.dipId(), MPAN_A, "2026-11-02T06:00:03Z");
        String notForThem = publish(otherSupplier.dipId(), MPAN_A, "2026-11-02T06:00:04Z");
        await().atMost(WAIT).until(() -> rows.pub(third, supplier.dipId()).isPresent()
                && rows.pub(second, supplier.dipId()).isPresent() && rows.pub(first, supplier.dipId()).isPresent()
                && rows.pub(notForThem, otherSupplier.dipId()).isPresent());

        JsonNode byMpan = replay(supplier, "{\"datetimeFrom\":null,\"datetimeTo\":null,\"eventCode\":null,"
                + "\"MPAN\":\"" + MPAN_A + "\",\"version\":null}");
        assertThat(transactionIds(byMpan)).containsExactly(first, third);
        byMpan.valueStream().forEach(message -> assertThat(message.at("/payload/CommonBlock/D0/replayIndicator").asBoolean())
                .isTrue());
        assertThat(byMpan.get(0).at("/payload/CommonBlock/M0/MPANCore").asString()).isEqualTo(MPAN_A);

        JsonNode byIds = replay(supplier, "{\"datetimeFrom\":null,\"datetimeTo\":null,\"eventCode\":\"[ActivePower]\","
                + "\"MPAN\":null,\"version\":\"011\",\"transactionIDs\":[\"" + third + "\",\"" + second + "\",\""
                + notForThem + "\"]}");
        assertThat(transactionIds(byIds)).containsExactly(second, third);

        JsonNode byTime = replay(supplier, "{\"datetimeFrom\":\"2026-11-02T06:00:02+00:00\","
                + "\"datetimeTo\":\"2026-11-02T06:00:02+00:00\",\"eventCode\":null,\"MPAN\":null,\"version\":null}");
        assertThat(transactionIds(byTime)).containsExactly(second);

        JsonNode none = replay(supplier, "{\"datetimeFrom\":null,\"datetimeTo\":null,\"eventCode\":\"[ReactivePower]\","
                + "\"MPAN\":null,\"version\":null}");
        assertThat(none.isArray()).isTrue();
        assertThat(none.size()).isZero();
    }

    @Test
    void refuses_a_replay_of_another_participants_messages_and_a_malformed_request() {
        var supplier = participants.register("SUP");
        var intruder = participants.register("SUP");

        var forbidden = intruder.post("/dip-channel/IF-021/replay/" + supplier.dipId(), "{}");
        var tooManyIds = supplier.post("/dip-channel/IF-021/replay/" + supplier.dipId(),
                "{\"transactionIDs\":[]}");
        var badDate = supplier.post("/dip-channel/IF-021/replay/" + supplier.dipId(),
                "{\"datetimeFrom\":\"2026-11-02T06:00:02Z\"}");

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(intruder.post("/dip-channel/IF-021/requeue/" + supplier.dipId(), "{}").statusCode())
                .isEqualTo(403);
        assertThat(tooManyIds.statusCode()).isEqualTo(400);
        assertThat(tooManyIds.body()).contains("MSG1001", "transactionIDs must hold 1 to 100 IDs");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("datetimeFrom");
    }

    @Test
    void requeue_pushes_the_matching_PUBs_to_the_webhook_again_marked_as_replayed() {
        var supplier = participants.register("SUP");
        var registered = supplier.post("/dip-channel/IF-021/pubconfig/" + supplier.dipId(),
                "{\"callbackURL\":\"" + webhook.url("/hooks/requeue") + "\"}");
        assertThat(registered.statusCode()).isEqualTo(201);
        String tx = publish(supplier.dipId(), MPAN_A, "2026-11-02T06:00:01Z");
        String other = publish(supplier.dipId(), MPAN_B, "2026-11-02T06:00:02Z");
        await().atMost(WAIT).until(() -> webhook.received().size() == 2);

        var requeued = supplier.post("/dip-channel/IF-021/requeue/" + supplier.dipId(),
                "{\"datetimeFrom\":null,\"datetimeTo\":null,\"eventCode\":null,\"MPAN\":null,\"version\":null,"
                        + "\"transactionIDs\":[\"" + tx + "\"]}");

        assertThat(requeued.statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> webhook.received().size() == 3);
        JsonNode again = Envelopes.mapper().readTree(webhook.received().get(2).body());
        assertThat(transactionIds(again)).containsExactly(tx);
        assertThat(again.at("/0/payload/CommonBlock/D0/replayIndicator").asBoolean()).isTrue();
        JsonNode original = Envelopes.mapper().readTree(webhook.received().get(0).body());
        assertThat(original.at("/0/payload/CommonBlock/D0/replayIndicator").asBoolean()).isFalse();
        await().atMost(WAIT).until(() -> rows.of(tx, supplier.dipId()).stream()
                .anyMatch(r -> r.kind().equals("REQUEUE") && r.state().equals("DELIVERED")));
        assertThat(rows.of(other, supplier.dipId())).hasSize(1);
    }

    @Test
    void refuses_a_requeue_without_a_webhook() {
        var supplier = participants.register("SUP");

        var requeued = supplier.post("/dip-channel/IF-021/requeue/" + supplier.dipId(), "{}");

        assertThat(requeued.statusCode()).isEqualTo(400);
        assertThat(requeued.body()).contains("MSG1000", "no webhook");
    }

    private String publish(String recipient, String mpan, String transactionTimestamp) {
        String tx = Pub021.newTransactionId();
        publisher.send(topics.publication("IF-021"), mpan, Pub021.record(Pub021.pub(tx,
                Instant.parse(transactionTimestamp), mpan, List.of(recipient))));
        return tx;
    }

    private static JsonNode replay(TestParticipants.Caller caller, String request) {
        var response = caller.post("/dip-channel/IF-021/replay/" + caller.dipId(), request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Envelopes.mapper().readTree(response.body());
    }

    private static List<String> transactionIds(JsonNode messages) {
        return messages.valueStream()
                .map(message -> message.at("/payload/CommonBlock/D0/transactionID").asString()).toList();
    }
}
