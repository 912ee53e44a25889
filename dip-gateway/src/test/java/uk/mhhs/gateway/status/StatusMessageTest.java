package uk.mhhs.gateway.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.signature.DipSignatureVerifier;
import uk.mhhs.common.signature.SignatureVerification;
import uk.mhhs.gateway.security.GatewayCredential;
import uk.mhhs.gateway.delivery.DeliveryTestBase;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;
import uk.mhhs.gateway.delivery.Pub021;
import uk.mhhs.gateway.delivery.TestParticipants;
import uk.mhhs.gateway.delivery.WebhookServer;

class StatusMessageTest extends DeliveryTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MPAN = "2000056535971";

    @Autowired GatewayCredential gatewayCredential;

    @Test
    void forwards_a_recipients_status_message_to_the_original_senders_status_webhook() {
        var dataService = participants.register("SDS");
        var supplier = participants.register("SUP");
        registerStatusWebhook(dataService, "/status");
        String tx = Pub021.newTransactionId();
        publisher.send(topics.publication("IF-021"), MPAN, Pub021.record(Pub021.pub(dataService.dipId(), tx,
                Instant.parse("2026-11-02T06:00:01Z"), MPAN, List.of(supplier.dipId()))));
        await().atMost(WAIT).until(() -> rows.pub(tx, supplier.dipId()).isPresent());

        var response = supplier.post("/statusmessage", "[{\"transactionID\":\"" + tx + "\","
                + "\"senderUniqueReference\":null,\"correlationID\":\"CI-1\",\"sentTimestamp\":\"2026-11-02T06:10:00+00:00\","
                + "\"senderID\":\"" + supplier.dipId() + "\",\"recipientID\":null,\"DIPConnectionProviderID\":null,"
                + "\"message\":\"RCP1061 - MPAN Invalid or Unknown\",\"help\":null,\"serviceTicketURL\":null}]");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode acknowledged = Envelopes.mapper().readTree(response.body());
        assertThat(acknowledged.at("/messageArray/0/message").asString()).isEqualTo("MSG0000 - Success");
        assertThat(acknowledged.at("/messageArray/0/transactionID").asString()).isEqualTo(tx);
        assertThat(acknowledged.at("/messageArray/0/recipientID").asString()).isEqualTo(supplier.dipId());

        await().atMost(WAIT).until(() -> webhook.received().size() == 1);
        WebhookServer.Received call = webhook.received().get(0);
        JsonNode pushed = Envelopes.mapper().readTree(call.body());
        assertThat(pushed.isArray()).isTrue();
        assertThat(pushed.size()).isEqualTo(1);
        assertThat(pushed.at("/0/transactionID").asString()).isEqualTo(tx);
        assertThat(pushed.at("/0/senderID").asString()).isEqualTo(supplier.dipId());
        assertThat(pushed.at("/0/recipientID").asString()).isEqualTo(dataService.dipId());
        assertThat(pushed.at("/0/message").asString()).isEqualTo("RCP1061 - MPAN Invalid or Unknown");
        var verification = DipSignatureVerifier.verify("POST", call.url(), call.headers(), call.body(),
                Clock.systemUTC(), Duration.ofMinutes(5));
        assertThat(verification).isInstanceOf(SignatureVerification.Valid.class);
        assertThat(((SignatureVerification.Valid) verification).certificate())
                .isEqualTo(gatewayCredential.certificate());
        await().atMost(WAIT).until(() -> rows.status(dataService.dipId()).stream()
                .anyMatch(r -> r.state().equals("DELIVERED")));
    }

    @Test
    void pushes_a_dip_status_record_such_as_an_L2_rejection_to_the_addressees_status_webhook() {
        var sender = participants.register("SDS");
        registerStatusWebhook(sender, "/status/l2");
        String rejection = "{\"messageArray\":[{\"transactionID\":null,\"senderUniqueReference\":\"S-IF-021-"
                + sender.dipId() + "-SDS-20261102-1\",\"correlationID\":null,\"sentTimestamp\":"
                + "\"2026-11-02T06:00:00+00:00\",\"senderID\":\"9900000000\",\"recipientID\":\"" + sender.dipId()
                + "\",\"DIPConnectionProviderID\":null,\"message\":\"MSG1001 - Schema Failure\",\"help\":\"x\","
                + "\"serviceTicketURL\":null}],\"timestamp\":\"2026-11-02T06:00:00+00:00\"}";

        publisher.send(topics.status(), sender.dipId(), rejection.getBytes());

        await().atMost(WAIT).until(() -> webhook.received().size() == 1);
        JsonNode pushed = Envelopes.mapper().readTree(webhook.received().get(0).body());
        assertThat(pushed.isArray()).isTrue();
        assertThat(pushed.at("/0/message").asString()).isEqualTo("MSG1001 - Schema Failure");
        assertThat(pushed.at("/0/recipientID").asString()).isEqualTo(sender.dipId());
    }

    @Test
    void refuses_status_messages_in_someone_elses_name_or_with_no_known_addressee() {
        var supplier = participants.register("SUP");
        String impostor = "[{\"transactionID\":null,\"senderUniqueReference\":null,\"correlationID\":null,"
                + "\"sentTimestamp\":\"2026-11-02T06:10:00+00:00\",\"senderID\":\"1111111111\",\"recipientID\":"
                + "\"2222222222\",\"DIPConnectionProviderID\":null,\"message\":\"RCP0000 - Message Success\","
                + "\"help\":null,\"serviceTicketURL\":null}]";
        String unaddressed = "[{\"transactionID\":\"T-unknown\",\"senderUniqueReference\":null,\"correlationID\":null,"
                + "\"sentTimestamp\":\"2026-11-02T06:10:00+00:00\",\"senderID\":\"" + supplier.dipId() + "\","
                + "\"recipientID\":null,\"DIPConnectionProviderID\":null,\"message\":\"RCP0000 - Message Success\","
                + "\"help\":null,\"serviceTicketURL\":null}]";

        var asSomeoneElse = supplier.post("/statusmessage", impostor);
        var nowhere = supplier.post("/statusmessage", unaddressed);
        var notAnArray = supplier.post("/statusmessage", "[]");

        assertThat(asSomeoneElse.statusCode()).isEqualTo(400);
        assertThat(asSomeoneElse.body()).contains("MSG1009 - Sender DIP ID Invalid");
        assertThat(nowhere.statusCode()).isEqualTo(400);
        assertThat(nowhere.body()).contains("MSG1030");
        assertThat(notAnArray.statusCode()).isEqualTo(400);
    }

    @Test
    void refuses_status_messages_to_participants_the_sender_received_nothing_from() {
        var dataService = participants.register("SDS");
        var supplier = participants.register("SUP");
        var stranger = participants.register("SUP");
        String tx = Pub021.newTransactionId();
        publisher.send(topics.publication("IF-021"), MPAN, Pub021.record(Pub021.pub(dataService.dipId(), tx,
                Instant.parse("2026-11-02T06:00:01Z"), MPAN, List.of(supplier.dipId()))));
        await().atMost(WAIT).until(() -> rows.pub(tx, supplier.dipId()).isPresent());

        // given: the supplier received tx from the data service; the stranger received nothing
        var toAnyone = supplier.post("/statusmessage", entry(null, supplier.dipId(), stranger.dipId()));
        var aboutAnotherSendersPub = supplier.post("/statusmessage", entry(tx, supplier.dipId(), stranger.dipId()));
        var aboutAPubNotReceived = stranger.post("/statusmessage", entry(tx, stranger.dipId(), null));
        var namingTheSenderOfAPubNotReceived = stranger.post("/statusmessage",
                entry(tx, stranger.dipId(), dataService.dipId()));

        for (var refused : List.of(toAnyone, aboutAnotherSendersPub, aboutAPubNotReceived,
                namingTheSenderOfAPubNotReceived)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("MSG1031 - Primary Recipient(s) DIP Participant ID Invalid");
        }
        assertThat(toAnyone.body()).contains("no transactionID");
        assertThat(aboutAPubNotReceived.body()).contains(stranger.dipId() + " did not receive " + tx);
        // and the one with business: the supplier about the PUB it received, to its sender
        assertThat(supplier.post("/statusmessage", entry(tx, supplier.dipId(), dataService.dipId())).statusCode())
                .isEqualTo(201);
    }

    @Test
    void lets_operators_exchange_status_messages_with_any_participant() {
        var supplier = participants.register("SUP");
        var operator = participants.registerAs(GatewayIntegrationTest.OPERATOR, "DIP");

        var fromOperator = operator.post("/statusmessage", entry(null, operator.dipId(), supplier.dipId()));
        var toOperator = supplier.post("/statusmessage", entry(null, supplier.dipId(), operator.dipId()));

        assertThat(fromOperator.statusCode()).as(fromOperator.body()).isEqualTo(201);
        assertThat(toOperator.statusCode()).as(toOperator.body()).isEqualTo(201);
    }

    private static String entry(String transactionId, String senderId, String recipientId) {
        return "[{\"transactionID\":" + quoted(transactionId) + ",\"senderUniqueReference\":null,"
                + "\"correlationID\":null,\"sentTimestamp\":\"2026-11-02T06:10:00+00:00\",\"senderID\":"
                + quoted(senderId) + ",\"recipientID\":" + quoted(recipientId) + ",\"DIPConnectionProviderID\":null,"
                + "\"message\":\"RCP1061 - MPAN Invalid or Unknown\",\"help\":null,\"serviceTicketURL\":null}]";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Test
    void refuses_a_status_webhook_registration_for_another_participant() {
        var supplier = participants.register("SUP");
        var intruder = participants.register("SUP");

        var response = intruder.post("/statusmessage/config/" + supplier.dipId(),
                "{\"callbackURL\":\"" + webhook.url("/stolen") + "\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(intruder.delete("/statusmessage/config/" + supplier.dipId()).statusCode()).isEqualTo(403);
        assertThat(supplier.delete("/statusmessage/config/" + supplier.dipId()).statusCode()).isEqualTo(204);
    }

    private void registerStatusWebhook(TestParticipants.Caller participant, String path) {
        var response = participant.post("/statusmessage/config/" + participant.dipId(),
                "{\"callbackURL\":\"" + webhook.url(path) + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
