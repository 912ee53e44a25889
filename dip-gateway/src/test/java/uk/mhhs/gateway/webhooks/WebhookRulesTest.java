package uk.mhhs.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.gateway.delivery.DeliveryRows;
import uk.mhhs.gateway.delivery.Pub021;
import uk.mhhs.gateway.delivery.StrictGatewayTest;
import uk.mhhs.gateway.delivery.TestParticipants;
import uk.mhhs.gateway.delivery.TestPublisher;
import uk.mhhs.gateway.participants.ParticipantRegistry;
import uk.mhhs.gateway.participants.ParticipantStore;

/**
 * The webhook rules with their SAFE defaults ({@link StrictGatewayTest}: the other tests allow their local webhooks):
 * a webhook URL that points at the gateway's own host or network, or is not https, is refused when registered
 * (400 MSG1001, nothing stored) and, if such a URL is stored anyway (registered before its DNS answer changed),
 * when called: no connection is made.
 */
@StrictGatewayTest
class WebhookRulesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MPAN = "2000056535971";

    @Autowired ParticipantStore store;
    @Autowired ParticipantRegistry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired DipTopics topics;
    @LocalServerPort int port;

    private TestParticipants participants;
    private ConnectionCounter listener;

    @BeforeEach
    void setUp() throws IOException {
        participants = new TestParticipants(store, registry, port);
        listener = new ConnectionCounter();
    }

    @AfterEach
    void tearDown() throws IOException {
        listener.close();
    }

    @Test
    void refuses_to_register_webhooks_on_loopback_private_link_local_or_metadata_addresses_or_without_https() {
        var supplier = participants.register("SUP");
        String pubconfig = "/dip-channel/IF-021/pubconfig/" + supplier.dipId();

        List<String> refused = List.of(
                "https://127.0.0.1/hook",
                "https://localhost:" + listener.port() + "/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://[::1]/hook",
                "https://[fd00::1]/hook",
                "https://10.1.2.3/hook",
                "https://192.168.0.10/hook",
                "https://0.0.0.0/hook",
                "http://93.184.215.14/hook");
        for (String url : refused) {
            var response = supplier.post(pubconfig, "{\"callbackURL\":\"" + url + "\"}");
            assertThat(response.statusCode()).as(url).isEqualTo(400);
            assertThat(response.body()).as(url).contains("MSG1001 - Schema Failure");
        }
        var statusWebhook = supplier.post("/statusmessage/config/" + supplier.dipId(),
                "{\"callbackURL\":\"https://169.254.169.254/latest/meta-data/\"}");

        assertThat(statusWebhook.statusCode()).isEqualTo(400);
        assertThat(statusWebhook.body()).contains("MSG1001", "link-local");
        assertThat(supplier.post(pubconfig, "{\"callbackURL\":\"http://93.184.215.14/hook\"}").body())
                .contains("https");
        assertThat(jdbc.queryForObject("select count(*) from dip.webhook where recipient_id = ?", Integer.class,
                supplier.dipId())).isZero();
        assertThat(listener.connections()).isZero();
    }

    @Test
    void refuses_at_call_time_a_stored_webhook_whose_host_resolves_to_a_loopback_address_without_connecting() {
        var supplier = participants.register("SUP");
        // as if registered while "localhost" resolved elsewhere: stored without the registration check
        jdbc.update("insert into dip.webhook (channel, recipient_id, callback_url, registered_at) values "
                + "('IF-021', ?, ?, now())", supplier.dipId(), "https://localhost:" + listener.port() + "/hook");
        String tx = Pub021.newTransactionId();

        try (TestPublisher publisher = new TestPublisher()) {
            publisher.send(topics.publication("IF-021"), MPAN, Pub021.record(Pub021.pub(tx,
                    Instant.parse("2026-11-02T06:00:05Z"), MPAN, List.of(supplier.dipId()))));
        }

        DeliveryRows rows = new DeliveryRows(jdbc);
        await().atMost(WAIT).until(() -> rows.pub(tx, supplier.dipId()).map(r -> r.state().equals("FAILED"))
                .orElse(false));
        List<DeliveryRows.Attempt> attempts = rows.attempts(rows.pub(tx, supplier.dipId()).orElseThrow().id());
        assertThat(attempts).hasSize(2).allSatisfy(attempt -> {
            assertThat(attempt.statusCode()).isNull();
            assertThat(attempt.error()).startsWith("refused: localhost resolves to ").contains("a loopback address");
        });
        assertThat(listener.connections()).isZero();
    }

    /** A TCP listener on 127.0.0.1 that only counts the connections made to it. */
    private static final class ConnectionCounter implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();

        ConnectionCounter() throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket ignored = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "connection-counter");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
