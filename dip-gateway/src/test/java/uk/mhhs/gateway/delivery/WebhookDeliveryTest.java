package uk.mhhs.gateway.delivery;

import uk.mhhs.gateway.security.GatewayCredential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.signature.DipSignatureVerifier;
import uk.mhhs.common.signature.SignatureVerification;

class WebhookDeliveryTest extends DeliveryTestBase {

    private static final String MPAN = "2000056535971";
    private static final Duration WAIT = Duration.ofSeconds(30);
    @Autowired GatewayCredential gatewayCredential;
    @Autowired MeterRegistry meters;

    @Test
    void delivers_a_PUB_021_to_the_registered_webhook_signed_by_the_gateway_and_records_it() {
        double deliveredBefore = delivered();
        var supplier = participants.register("SUP");
        registerWebhook(supplier, "/hooks/pub");
        String tx = Pub021.newTransactionId();
        ObjectNode pub = Pub021.pub(tx, Instant.parse("2026-11-02T06:00:05Z"), MPAN, List.of(supplier.dipId()));

        publish(pub);

        await().atMost(WAIT).until(() -> webhook.received().size() == 1);
        WebhookServer.Received call = webhook.received().get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.url()).isEqualTo(webhook.url("/hooks/pub"));
        assertThat(call.header("Content-Type")).isEqualTo("application/json");
        assertThat(Envelopes.mapper().readTree(call.body())).isEqualTo(egressArray(pub));
        SignatureVerification verification = DipSignatureVerifier.verify("POST", call.url(), call.headers(),
                call.body(), Clock.systemUTC(), Duration.ofMinutes(5));
        assertThat(verification).isInstanceOf(SignatureVerification.Valid.class);
        assertThat(((SignatureVerification.Valid) verification).certificate())
                .isEqualTo(gatewayCredential.certificate());

        await().atMost(WAIT).until(() -> stateOf(tx, supplier.dipId()).equals("DELIVERED"));
        DeliveryRows.Row delivery = rows.pub(tx, supplier.dipId()).orElseThrow();
        assertThat(delivery.attempts()).isEqualTo(1);
        List<DeliveryRows.Attempt> attempts = rows.attempts(delivery.id());
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).statusCode()).isEqualTo(201);
        assertThat(attempts.get(0).outcome()).isEqualTo("DELIVERED");
        assertThat(attempts.get(0).error()).isNull();
        await().atMost(WAIT).until(() -> delivered() >= deliveredBefore + 1);
        assertThat(meters.get("dip.gateway.delivery.attempts").tag("kind", "pub").tag("status", "2xx").timer()
                .count()).isPositive();
        // message-to-final-status latency: timed from the row's queueing to the answered call
        assertThat(meters.get("dip.gateway.delivery.latency").tag("kind", "pub").tag("outcome", "delivered").timer()
                .count()).isPositive();
        // the failure series an alert reads exist before any failure (registered at zero on start-up)
        assertThat(meters.find("dip.gateway.deliveries").tag("kind", "status").tag("outcome", "failed").counter())
                .isNotNull();
    }

    private double delivered() {
        var counter = meters.find("dip.gateway.deliveries").tag("kind", "pub").tag("outcome", "delivered").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void retries_after_503_and_delivers_on_the_third_attempt_recording_every_attempt() {
        var supplier = participants.register("SUP");
        registerWebhook(supplier, "/hooks/flaky");
        webhook.answering(503, 503);
        String tx = Pub021.newTransactionId();

        publish(Pub021.pub(tx, Instant.parse("2026-11-02T06:00:05Z"), MPAN, List.of(supplier.dipId())));

        await().atMost(WAIT).until(() -> stateOf(tx, supplier.dipId()).equals("DELIVERED"));
        DeliveryRows.Row delivery = rows.pub(tx, supplier.dipId()).orElseThrow();
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(rows.attempts(delivery.id())).extracting(DeliveryRows.Attempt::statusCode)
                .containsExactly(503, 503, 201);
        assertThat(rows.attempts(delivery.id())).extracting(DeliveryRows.Attempt::outcome)
                .containsExactly("RETRY", "RETRY", "DELIVERED");
        assertThat(webhook.received()).hasSize(3);
        // back-off of 100 ms, then 200 ms (test settings)
        List<DeliveryRows.Attempt> attempts = rows.attempts(delivery.id());
        assertThat(Duration.between(attempts.get(0).startedAt(), attempts.get(1).startedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(Duration.between(attempts.get(1).startedAt(), attempts.get(2).startedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void reads_only_a_bounded_part_of_an_endless_answer_and_records_the_delivery() {
        var supplier = participants.register("SUP");
        registerWebhook(supplier, "/hooks/endless");
        webhook.answering(200).answeringEndlessly();
        String tx = Pub021.newTransactionId();

        publish(Pub021.pub(tx, Instant.parse("2026-11-02T06:00:05Z"), MPAN, List.of(supplier.dipId())));

        await().atMost(WAIT).until(() -> stateOf(tx, supplier.dipId()).equals("DELIVERED"));
        DeliveryRows.Row delivery = rows.pub(tx, supplier.dipId()).orElseThrow();
        assertThat(rows.attempts(delivery.id())).singleElement().satisfies(attempt -> {
            assertThat(attempt.statusCode()).isEqualTo(200);
            assertThat(attempt.outcome()).isEqualTo("DELIVERED");
        });
        // 64 KiB read, then the connection dropped: far less than the 1 GiB the webhook would send (socket buffers
        // on both sides hold a few MiB at most)
        assertThat(webhook.endlessBytesWritten()).isLessThan(64L << 20);
    }

    @Test
    void does_not_retry_a_400_and_records_the_delivery_as_rejected() {
        var supplier = participants.register("SUP");
        registerWebhook(supplier, "/hooks/refusing");
        webhook.answering(400);
        String tx = Pub021.newTransactionId();

        publish(Pub021.pub(tx, Instant.parse("2026-11-02T06:00:05Z"), MPAN, List.of(supplier.dipId())));

        await().atMost(WAIT).until(() -> stateOf(tx, supplier.dipId()).equals("REJECTED"));
        DeliveryRows.Row delivery = rows.pub(tx, supplier.dipId()).orElseThrow();
        assertThat(rows.attempts(delivery.id())).singleElement().satisfies(attempt -> {
            assertThat(attempt.statusCode()).isEqualTo(400);
            assertThat(attempt.outcome()).isEqualTo("REJECTED");
            assertThat(attempt.error()).startsWith("HTTP 400");
        });
        assertThat(webhook.received()).hasSize(1);
    }

    @Test
    void gives_up_after_the_configured_attempts_of_retryable_failures() {
        var supplier = participants.register("SUP");
        registerWebhook(supplier, "/hooks/down");
        webhook.answering(503, 502, 504, 500);
        String tx = Pub021.newTransactionId();

        publish(Pub021.pub(tx, Instant.parse("2026-11-02T06:00:05Z"), MPAN, List.of(supplier.dipId())));

        await().atMost(WAIT).until(() -> stateOf(tx, supplier.dipId()).equals("FAILED"));
        DeliveryRows.Row delivery = rows.pub(tx, supplier.dipId()).orElseThrow();
        assertThat(rows.attempts(delivery.id())).extracting(DeliveryRows.Attempt::outcome)
                .containsExactly("RETRY", "RETRY", "RETRY", "FAILED");
    }

    @Test
    void keeps_a_recipients_order_the_next_PUB_waits_while_the_earlier_one_is_retried() {
        var supplier = participants.register("SUP");
        registerWebhook(supplier, "/hooks/ordered");
        webhook.answering(503, 503, 503);
        String first = Pub021.newTransactionId();
        String second = Pub021.newTransactionId();

        publish(Pub021.pub(first, Instant.parse("2026-11-02T06:00:05Z"), MPAN, List.of(supplier.dipId())));
        publish(Pub021.pub(second, Instant.parse("2026-11-02T06:00:06Z"), MPAN, List.of(supplier.dipId())));

        await().atMost(WAIT).until(() -> stateOf(second, supplier.dipId()).equals("DELIVERED"));
        assertThat(webhook.received()).extracting(WebhookDeliveryTest::transactionIdOf)
                .containsExactly(first, first, first, first, second);
        // The second PUB was queued before the first one's last attempt (700 ms of back-off after its first),
        // so it really waited behind it.
        DeliveryRows.Row firstDelivery = rows.pub(first, supplier.dipId()).orElseThrow();
        Instant lastAttemptOfFirst = rows.attempts(firstDelivery.id()).get(3).startedAt();
        assertThat(rows.pub(second, supplier.dipId()).orElseThrow().createdAt()).isBefore(lastAttemptOfFirst);
    }

    @Test
    void records_but_does_not_push_PUBs_once_the_webhook_is_deleted() {
        var supplier = participants.register("SUP");
        registerWebhook(supplier, "/hooks/deleted");
        assertThat(supplier.delete("/dip-channel/IF-021/pubconfig/" + supplier.dipId()).statusCode()).isEqualTo(204);
        String tx = Pub021.newTransactionId();

        publish(Pub021.pub(tx, Instant.parse("2026-11-02T06:00:05Z"), MPAN, List.of(supplier.dipId())));

        await().atMost(WAIT).until(() -> stateOf(tx, supplier.dipId()).equals("NO_WEBHOOK"));
        assertThat(webhook.received()).isEmpty();
    }

    @Test
    void delivers_to_every_recipient_of_A0_that_has_a_webhook_and_records_the_others() {
        var supplier = participants.register("SUP");
        var distributor = participants.register("LDSO");
        registerWebhook(supplier, "/hooks/supplier");
        String withoutWebhook = distributor.dipId();
        String tx = Pub021.newTransactionId();

        publish(Pub021.pub(tx, Instant.parse("2026-11-02T06:00:05Z"), MPAN, List.of(supplier.dipId(),
                withoutWebhook)));

        await().atMost(WAIT).until(() -> stateOf(tx, supplier.dipId()).equals("DELIVERED")
                && stateOf(tx, withoutWebhook).equals("NO_WEBHOOK"));
        assertThat(webhook.received()).hasSize(1);
    }

    @Test
    void refuses_a_webhook_registration_for_another_participants_recipient_id() {
        var supplier = participants.register("SUP");
        var intruder = participants.register("SUP");

        var response = intruder.post("/dip-channel/IF-021/pubconfig/" + supplier.dipId(),
                "{\"callbackURL\":\"" + webhook.url("/stolen") + "\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(intruder.delete("/dip-channel/IF-021/pubconfig/" + supplier.dipId()).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from dip.webhook where recipient_id = ?", Integer.class,
                supplier.dipId())).isZero();
    }

    @Test
    void refuses_a_webhook_without_a_usable_callback_url_or_on_an_unknown_channel() {
        var supplier = participants.register("SUP");

        var noUrl = supplier.post("/dip-channel/IF-021/pubconfig/" + supplier.dipId(), "{\"maxMessageCount\":1}");
        var relative = supplier.post("/dip-channel/IF-021/pubconfig/" + supplier.dipId(),
                "{\"callbackURL\":\"/relative\"}");
        var unknownChannel = supplier.post("/dip-channel/IF-030/pubconfig/" + supplier.dipId(),
                "{\"callbackURL\":\"" + webhook.url("/x") + "\"}");

        assertThat(noUrl.statusCode()).isEqualTo(400);
        assertThat(noUrl.body()).contains("MSG1001 - Schema Failure", "callbackURL is required");
        assertThat(relative.statusCode()).isEqualTo(400);
        assertThat(unknownChannel.statusCode()).isEqualTo(400);
        assertThat(unknownChannel.body()).contains("MSG1002 - Interface ID Invalid");
    }

    private void registerWebhook(TestParticipants.Caller recipient, String path) {
        var response = recipient.post("/dip-channel/IF-021/pubconfig/" + recipient.dipId(),
                "{\"callbackURL\":\"" + webhook.url(path) + "\",\"maxMessageCount\":100,\"maxPayloadSize\":100000}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private void publish(ObjectNode pub) {
        publisher.send(topics.publication("IF-021"), MPAN, Pub021.record(pub));
    }

    private String stateOf(String transactionId, String recipientId) {
        return rows.pub(transactionId, recipientId).map(DeliveryRows.Row::state).orElse("");
    }

    private static JsonNode egressArray(ObjectNode payload) {
        var array = Envelopes.mapper().createArrayNode();
        array.addObject().set("payload", payload);
        return array;
    }

    static String transactionIdOf(WebhookServer.Received call) {
        return Envelopes.mapper().readTree(call.body()).path(0).path("payload").path("CommonBlock").path("D0")
                .path("transactionID").asString();
    }
}
