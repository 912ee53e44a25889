package uk.mhhs.localsuite.health;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.mhhs.testsupport.TestCertificates;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class HealthProbeTest {

    private static final String UP = "{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}";
    private static final String DOWN = "{\"status\":\"DOWN\"}";

    private final HealthProbe probe = new HealthProbe(Duration.ofMillis(50), Clock.systemUTC());
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void waits_through_DOWN_answers_until_the_service_says_UP() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server = serve(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
                () -> calls.incrementAndGet() < 4 ? new Answer(503, DOWN) : new Answer(200, UP));

        HealthResult result = probe.awaitUp(port(), Scheme.HTTP, () -> true, Duration.ofSeconds(10));

        assertThat(result.status()).isEqualTo(HealthResult.Status.UP);
        assertThat(result.baseUrl()).hasToString("http://localhost:" + port());
        assertThat(result.healthUrl()).hasToString("http://localhost:" + port() + "/actuator/health");
        assertThat(calls.get()).isEqualTo(4);
    }

    @Test
    void gives_up_when_the_time_is_over_and_says_what_it_last_saw() throws Exception {
        server = serve(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
                () -> new Answer(503, DOWN));

        HealthResult result = probe.awaitUp(port(), Scheme.HTTP, () -> true, Duration.ofMillis(300));

        assertThat(result.status()).isEqualTo(HealthResult.Status.TIMED_OUT);
        assertThat(result.detail()).contains("HTTP 503").contains("DOWN");
    }

    @Test
    void stops_waiting_as_soon_as_the_process_has_ended() throws Exception {
        int closedPort = freePort();

        HealthResult result = probe.awaitUp(closedPort, Scheme.HTTP, () -> false, Duration.ofMinutes(5));

        assertThat(result.status()).isEqualTo(HealthResult.Status.EXITED);
        assertThat(result.detail()).startsWith("process ended before it was UP");
    }

    @Test
    void auto_falls_back_to_http_when_the_port_does_not_speak_tls() throws Exception {
        server = serve(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
                () -> new Answer(200, UP));

        HealthResult result = probe.awaitUp(port(), Scheme.AUTO, () -> true, Duration.ofSeconds(10));

        assertThat(result.isUp()).isTrue();
        assertThat(result.baseUrl().getScheme()).isEqualTo("http");
    }

    @Test
    void auto_uses_https_with_a_self_signed_development_certificate() throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(selfSignedContext()));
        server = serve(https, () -> new Answer(200, UP));

        HealthResult result = probe.awaitUp(port(), Scheme.AUTO, () -> true, Duration.ofSeconds(10));

        assertThat(result.isUp()).isTrue();
        assertThat(result.baseUrl()).hasToString("https://localhost:" + port());
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private record Answer(int status, String body) {
    }

    private static HttpServer serve(HttpServer server, Supplier<Answer> answers) {
        server.createContext("/actuator/health", exchange -> {
            Answer answer = answers.get();
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static SSLContext selfSignedContext() throws Exception {
        var credential = TestCertificates.selfSigned("not-localhost");
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("dev", credential.privateKey(), "secret".toCharArray(),
                new Certificate[] {credential.certificate()});
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, "secret".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
