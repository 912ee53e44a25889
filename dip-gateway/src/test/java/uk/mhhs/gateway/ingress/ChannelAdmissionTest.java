package uk.mhhs.gateway.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;

/**
 * Who may take what of {@code POST /dip-channel/{id}} before the gateway knows who is calling: nothing. A request
 * whose API key is unknown is answered 401 at once, without a byte of its body read and without one of the
 * {@code mhhs.gateway.max-in-flight} slots, so callers the gateway does not know cannot hold the slots (or make it
 * read their bodies) and lock the participants out. Raw sockets, because the point is what the server does while
 * a body has not arrived.
 */
@GatewayIntegrationTest
class ChannelAdmissionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort int port;
    @Autowired IngressProperties limits;

    private IngressFixture.Sender sender;
    private final List<Socket> stalled = new ArrayList<>();

    @BeforeEach
    void onboard() {
        sender = new IngressFixture(port).onboardSender("SDS");
    }

    @AfterEach
    void releaseStalledRequests() throws IOException {
        for (Socket socket : stalled) {
            socket.close();
        }
        // The slots come back once the server sees the stalled requests end; later tests must not meet a 429.
        await().atMost(WAIT).until(() -> status(probe(sender.apiKey())) == 400);
    }

    @Test
    void answers_an_unknown_API_key_with_401_without_waiting_for_its_body() throws IOException {
        // given a request with an unknown key declaring 5,000 body bytes (under the 1 MiB limit) and sending none
        try (Socket socket = open()) {
            send(socket, head("unknown-key-" + System.nanoTime(), 5_000));

            // then the answer is 401 at once: the server did not wait for (or read) the body
            assertThat(readStatus(socket)).isEqualTo(401);
        }
    }

    @Test
    void answers_an_unknown_API_key_with_401_while_every_in_flight_slot_is_held() throws IOException {
        // given every slot held by the sender's requests whose bodies (100 bytes declared) never arrive
        for (int i = 0; i < limits.maxInFlight(); i++) {
            Socket socket = open();
            stalled.add(socket);
            send(socket, head(sender.apiKey(), 100));
        }
        await().atMost(WAIT).until(() -> status(probe(sender.apiKey())) == 429);

        // when a caller with an unknown key posts, then it is told 401, not 429: it was never given a slot to lose
        assertThat(status(probe("unknown-key-" + System.nanoTime()))).isEqualTo(401);
        // and the sender itself, with every slot still taken, gets 429
        assertThat(status(probe(sender.apiKey()))).isEqualTo(429);
    }

    /** An empty post: 400 (no body) once admitted, so it shows whether a slot was free without storing anything. */
    private String probe(String apiKey) {
        return head(apiKey, 0);
    }

    private int status(String request) throws IOException {
        try (Socket socket = open()) {
            send(socket, request);
            return readStatus(socket);
        }
    }

    private static String head(String apiKey, int contentLength) {
        return "POST /dip-channel/IF-021 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-API-Key: " + apiKey + "\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    private Socket open() throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** The status code of the answer's status line, e.g. 401 of {@code HTTP/1.1 401 }. */
    private static int readStatus(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] line = new byte[12];
        int read = in.readNBytes(line, 0, line.length);
        assertThat(read).as("bytes of the status line").isEqualTo(12);
        return Integer.parseInt(new String(line, 9, 3, StandardCharsets.ISO_8859_1));
    }
}
