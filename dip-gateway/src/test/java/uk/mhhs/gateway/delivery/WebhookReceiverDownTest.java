package uk.mhhs.gateway.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A participant's webhook receiver that is not there for a while (connection refused: its process is down, not
 * answering 503, which {@link WebhookDeliveryTest} covers), and receivers that refuse with a final 4xx. Retry settings
 * of {@link GatewayIntegrationTest}: 4 attempts, 100 ms, 200 ms, 400 ms apart.
 */
class WebhookReceiverDownTest extends DeliveryTestBase {

    private static final String MPAN = "2000056535971";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void delivers_the_PUBs_held_while_the_receiver_was_down_in_order_once_it_is_back() {
        var supplier = participants.register("SUP");
        registerWebhook(supplier, "/hooks/down-a-while");
        int port = webhook.port();
        webhook.close(); // the receiver goes down: its port refuses connections
        List<String> sent = List.of(Pub021.newTransactionId(), Pub021.newTransactionId(), Pub021.newTransactionId());
        for (int i = 0; i < sent.size(); i++) {
            publish(Pub021.pub(sent.get(i), Instant.parse("2026-11-02T06:00:05Z").plusSeconds(i), MPAN,
                    List.of(supplier.dipId())));
        }

        // the first PUB has failed to connect at least once; the receiver comes back before its 4th attempt (700 ms)
        await().atMost(WAIT).pollInterval(Duration.ofMillis(10))
                .until(() -> rows.pub(sent.get(0), supplier.dipId()).map(DeliveryRows.Row::attempts).orElse(0) >= 1);
        webhook = WebhookServer.startOn(port);

        await().atMost(WAIT).until(() -> sent.stream().allMatch(tx -> stateOf(tx, supplier.dipId()).equals("DELIVERED")));
        assertThat(webhook.received()).extracting(WebhookDeliveryTest::transactionIdOf)
                .as("each once, in the order published").containsExactlyElementsOf(sent);
        List<DeliveryRows.Attempt> first = rows.attempts(rows.pub(sent.get(0), supplier.dipId()).orElseThrow().id());
        assertThat(first.get(0).statusCode()).as("no HTTP answer while down").isNull();
        assertThat(first.get(0).outcome()).isEqualTo("RETRY");
        assertThat(first.get(first.size() - 1).outcome()).isEqualTo("DELIVERED");
        for (String later : sent.subList(1, sent.size())) {
            assertThat(rows.pub(later, supplier.dipId()).orElseThrow().createdAt())
                    .as("queued while the receiver was down").isBefore(first.get(first.size() - 1).startedAt());
        }
    }

    /** Final per DIN-974: only 408, 429, 500, 502, 503 and 504 are retried (RetryPolicyTest has the table). */
    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 409, 410, 413, 415, 422})
    void does_not_retry_a_final_4xx(int status) {
        var supplier = participants.register("SUP");
        registerWebhook(supplier, "/hooks/refusing-" + status);
        webhook.answering(status);
        String tx = Pub021.newTransactionId();

        publish(Pub021.pub(tx, Instant.parse("2026-11-02T06:00:05Z"), MPAN, List.of(supplier.dipId())));

        await().atMost(WAIT).until(() -> stateOf(tx, supplier.dipId()).equals("REJECTED"));
        assertThat(rows.attempts(rows.pub(tx, supplier.dipId()).orElseThrow().id())).singleElement()
                .satisfies(attempt -> {
                    assertThat(attempt.statusCode()).isEqualTo(status);
                    assertThat(attempt.outcome()).isEqualTo("REJECTED");
                });
        // a retry would come 100 ms after the answer: hold for 1 s that none came
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(webhook.received()).hasSize(1));
    }

    private void registerWebhook(TestParticipants.Caller recipient, String path) {
        var response = recipient.post("/dip-channel/IF-021/pubconfig/" + recipient.dipId(),
                "{\"callbackURL\":\"" + webhook.url(path) + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private void publish(ObjectNode pub) {
        publisher.send(topics.publication("IF-021"), MPAN, Pub021.record(pub));
    }

    private String stateOf(String transactionId, String recipientId) {
        return rows.pub(transactionId, recipientId).map(DeliveryRows.Row::state).orElse("");
    }
}
