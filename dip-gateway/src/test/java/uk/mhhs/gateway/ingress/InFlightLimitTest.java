package uk.mhhs.gateway.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;
import uk.mhhs.gateway.web.RawHttpConnection;

/**
 * {@code POST /dip-channel/{id}} handles at most {@code mhhs.gateway.max-in-flight} (64) requests at once; the next
 * is answered 429 at once, with no body, and is neither archived nor validated.
 */
@GatewayIntegrationTest
class InFlightLimitTest {

    private static final int MAX_IN_FLIGHT = 64;

    @LocalServerPort int port;

    @Test
    void answers_429_with_no_body_while_every_slot_is_taken_and_serves_again_once_one_is_free() {
        IngressFixture fixture = new IngressFixture(port);
        IngressFixture.Sender sender = fixture.onboardSender("SDS");
        List<RawHttpConnection> holders = new ArrayList<>();
        // Each holder has promised 10,000 bytes and sends one every 200 ms: slow, but never silent long enough for
        // the read time-out (5 s in the tests), so each keeps its slot for as long as the test needs it.
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < MAX_IN_FLIGHT; i++) {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("X-API-Key", sender.apiKey());
                headers.put("Content-Type", "application/json");
                headers.put("Content-Length", "10000");
                holders.add(RawHttpConnection.open(port).head("POST", "/dip-channel/IF-021", headers)
                        .send("[".getBytes(StandardCharsets.US_ASCII)));
            }
            trickle.scheduleAtFixedRate(() -> holders.forEach(InFlightLimitTest::trickle), 200, 200,
                    TimeUnit.MILLISECONDS);

            // When all 64 are in the controller, a 65th request gets 429 and nothing else
            HttpResponse<String> refused = await().atMost(Duration.ofSeconds(20))
                    .until(() -> emptyPost(sender), response -> response.statusCode() == 429);
            assertThat(refused.body()).isEmpty();
        } finally {
            trickle.shutdownNow();
            holders.forEach(RawHttpConnection::close);
        }

        // Then, the holders gone, the slots are free again: the empty post gets its own answer (400, no body)
        HttpResponse<String> served = await().atMost(Duration.ofSeconds(20))
                .until(() -> emptyPost(sender), response -> response.statusCode() != 429);
        assertThat(served.statusCode()).as(served.body()).isEqualTo(400);
    }

    private static void trickle(RawHttpConnection holder) {
        try {
            holder.send(new byte[] {' '});
        } catch (java.io.UncheckedIOException closed) {
            // this one is gone; the others keep trickling
        }
    }

    private HttpResponse<String> emptyPost(IngressFixture.Sender sender) {
        return IngressFixture.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dip-channel/IF-021"))
                .header("X-API-Key", sender.apiKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }
}
