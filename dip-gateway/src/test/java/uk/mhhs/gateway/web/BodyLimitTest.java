package uk.mhhs.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.mhhs.gateway.delivery.DeliveryTestBase;
import uk.mhhs.gateway.delivery.TestParticipants;

/**
 * One body limit ({@code mhhs.gateway.max-body-bytes}, 1 MiB = 1,048,576 bytes) for every endpoint, applied before
 * and while reading, and the caller's API key looked at before any of the body is read.
 */
class BodyLimitTest extends DeliveryTestBase {

    private static final int LIMIT = 1_048_576;
    /** Shorter than the read time-out of the tests (5 s): an answer within it did not wait for the body. */
    private static final Duration PROMPTLY = Duration.ofSeconds(4);

    @ParameterizedTest
    @ValueSource(strings = {"/dip-channel/IF-021/pubconfig/1400000001", "/dip-channel/IF-021/replay/1400000001",
        "/dip-channel/IF-021/requeue/1400000001", "/statusmessage", "/statusmessage/config/1400000001",
        "/validate/IF-021/CONSUMPTION", "/admin/participants"})
    void refuses_a_declared_length_over_the_limit_with_413_before_reading_the_body_or_asking_who_calls(String path) {
        // (POST /dip-channel/{id} is served ahead of this limit, by ingress: API key first, then its own 413)
        // Given a request declaring 1,048,577 bytes and sending none of them, from nobody in particular
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            connection.head("POST", path, Map.of("Content-Type", "application/json",
                    "Content-Length", String.valueOf(LIMIT + 1)));

            // Then 413 comes at once: nothing was waited for
            RawHttpConnection.Answer answer = connection.read(PROMPTLY);
            assertThat(answer.status()).as(answer.text()).isEqualTo(413);
        }
    }

    @Test
    void refuses_a_chunked_body_at_the_limit_while_reading_it() {
        TestParticipants.Caller recipient = participants.register("SUP");
        for (String path : List.of("/dip-channel/IF-021/replay/" + recipient.dipId(), "/statusmessage",
                "/validate/IF-021/CONSUMPTION", "/dip-channel/IF-021")) {
            // Given a chunked body of 1,048,577 bytes whose end never comes
            try (RawHttpConnection connection = RawHttpConnection.open(port)) {
                connection.head("POST", path, headers(recipient.apiKey()))
                        .chunk(spaces(LIMIT / 2)).chunk(spaces(LIMIT / 2 + 1));

                // Then 413 comes without waiting for the rest: the reading stopped at byte 1,048,577
                RawHttpConnection.Answer answer = connection.read(PROMPTLY);
                assertThat(answer.status()).as(path + ": " + answer.text()).isEqualTo(413);
            }
        }
    }

    @Test
    void refuses_a_chunked_admin_body_over_the_limit_with_413() {
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-Admin-Token", "test-admin-token-7Qm2xV9pLk4sRt8Wz");
            headers.put("Content-Type", "application/json");
            headers.put("Transfer-Encoding", "chunked");
            connection.head("POST", "/admin/participants", headers).chunk(spaces(LIMIT + 1));

            RawHttpConnection.Answer answer = connection.read(PROMPTLY);
            assertThat(answer.status()).as(answer.text()).isEqualTo(413);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dip-channel/IF-021/pubconfig/1400000001", "/dip-channel/IF-021/replay/1400000001",
        "/dip-channel/IF-021/requeue/1400000001", "/statusmessage", "/statusmessage/config/1400000001",
        "/validate/IF-021/CONSUMPTION"})
    void answers_an_unknown_API_key_with_401_without_waiting_for_the_body(String path) {
        // Given an unknown key, a declared body of 100 bytes, and none of it sent
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-API-Key", "unknown-key-000000000000000000000000000000");
            headers.put("Content-Type", "application/json");
            headers.put("Content-Length", "100");
            connection.head("POST", path, headers);

            // Then 401 comes before the read time-out (5 s in the tests) could have ended a wait for the body
            RawHttpConnection.Answer answer = connection.read(PROMPTLY);
            assertThat(answer.status()).as(answer.text()).isEqualTo(401);
        }
    }

    @Test
    void answers_a_wrong_admin_token_with_403_without_waiting_for_the_body() {
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            connection.head("POST", "/admin/participants", Map.of("X-Admin-Token", "guess",
                    "Content-Type", "application/json", "Content-Length", "100"));

            RawHttpConnection.Answer answer = connection.read(PROMPTLY);
            assertThat(answer.status()).as(answer.text()).isEqualTo(403);
        }
    }

    private static Map<String, String> headers(String apiKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-API-Key", apiKey);
        headers.put("Content-Type", "application/json");
        headers.put("Transfer-Encoding", "chunked");
        return headers;
    }

    private static byte[] spaces(int n) {
        byte[] bytes = new byte[n];
        Arrays.fill(bytes, " ".getBytes(StandardCharsets.US_ASCII)[0]);
        return bytes;
    }
}
