package uk.mhhs.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import uk.mhhs.gateway.delivery.DeliveryTestBase;
import uk.mhhs.gateway.delivery.TestParticipants;

/**
 * Slow clients cannot hold request threads or in-flight slots: a client that sends its headers and then stalls is
 * cut off after {@code server.tomcat.connection-timeout} (5 s in the tests, {@code HTTP_CONNECTION_TIMEOUT} = 10 s
 * as shipped).
 */
class ReadTimeoutTest extends DeliveryTestBase {

    @Value("${server.tomcat.connection-timeout:5s}") Duration readTimeout;
    @Value("${mhhs.gateway.max-body-read-time}") Duration maxBodyReadTime;

    @Test
    void ships_with_read_and_keep_alive_timeouts() throws Exception {
        PropertySource<?> shipped = new YamlPropertySourceLoader().load("shipped",
                new ClassPathResource("application.yml")).get(0);

        assertThat(timeout(shipped, "server.tomcat.connection-timeout")).isEqualTo(Duration.ofSeconds(10));
        assertThat(timeout(shipped, "server.tomcat.keep-alive-timeout")).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void cuts_off_a_client_that_sends_headers_and_then_stalls_its_body() {
        TestParticipants.Caller caller = participants.register("SUP");
        for (String path : new String[] {"/dip-channel/IF-021/replay/" + caller.dipId(), "/dip-channel/IF-021"}) {
            try (RawHttpConnection connection = RawHttpConnection.open(port)) {
                // Given a request that promises 100 bytes and sends none
                long started = System.nanoTime();
                postHead(connection, caller, path, 100);

                // Then the gateway gives up on it: the connection is closed within the read time-out (plus slack
                // for a busy machine), and not before it (it was waiting, not refusing)
                RawHttpConnection.Answer answer = connection.read(readTimeout.plusSeconds(5));
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(answer.closed()).as(path + " still open after " + took + ": " + answer.text()).isTrue();
                // 408 from the endpoints behind Spring MVC; POST /dip-channel/{id}, served by ingress's own filter,
                // fails its read and the container answers 400 before closing
                assertThat(answer.status()).as(answer.text()).isEqualTo(path.endsWith("IF-021") ? 400 : 408);
                assertThat(took).as(path).isBetween(readTimeout.minusMillis(500), readTimeout.plusSeconds(5));
            }
        }
    }

    @Test
    void refuses_a_body_trickled_a_byte_at_a_time_once_the_body_read_time_has_passed() throws Exception {
        TestParticipants.Caller caller = participants.register("SUP");
        // The test's limits: 4 s for a body, 5 s of silence; a byte every 500 ms is never silent for long enough
        assertThat(maxBodyReadTime).isLessThan(readTimeout);
        for (String path : new String[] {"/dip-channel/IF-021/replay/" + caller.dipId(), "/dip-channel/IF-021"}) {
            ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();
            try (RawHttpConnection connection = RawHttpConnection.open(port)) {
                // Given a request that promises 1,000 bytes and sends one every 500 ms (it would take 500 s)
                long started = System.nanoTime();
                postHead(connection, caller, path, 1000);
                // (once the gateway has closed the connection, a send throws and the trickling stops)
                trickler.scheduleAtFixedRate(() -> connection.send(new byte[] {' '}), 0, 500, TimeUnit.MILLISECONDS);

                // Then it is answered 408 soon after the body read time (4 s), long before the body could finish,
                // and the connection is closed
                RawHttpConnection.Answer answer = connection.read(maxBodyReadTime.plusSeconds(6));
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(answer.status()).as(path + " after " + took + ": " + answer.text()).isEqualTo(408);
                assertThat(answer.closed()).as(path + ": " + answer.text()).isTrue();
                assertThat(took).as(path).isBetween(maxBodyReadTime.minusMillis(500), maxBodyReadTime.plusSeconds(4));
            } finally {
                trickler.shutdownNow();
            }
        }
    }

    /** Sends the head of a JSON POST promising {@code contentLength} bytes, and none of them. */
    private static void postHead(RawHttpConnection connection, TestParticipants.Caller caller, String path,
                                 int contentLength) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-API-Key", caller.apiKey());
        headers.put("Content-Type", "application/json");
        headers.put("Content-Length", String.valueOf(contentLength));
        connection.head("POST", path, headers);
    }

    private static Duration timeout(PropertySource<?> source, String name) {
        Object value = source.getProperty(name);
        assertThat(value).as(name).isNotNull();
        // "${HTTP_CONNECTION_TIMEOUT:10s}": the default after the colon
        String text = value.toString().replaceAll("^\\$\\{[^:]+:(.*)}$", "$1");
        return DurationStyle.detectAndParse(text);
    }
}
