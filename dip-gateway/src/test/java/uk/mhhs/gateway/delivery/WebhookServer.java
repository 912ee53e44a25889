package uk.mhhs.gateway.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for a participant's webhook: it records every request and answers with
 * the statuses it was told to, in order, then 201.
 */
public final class WebhookServer implements AutoCloseable {

    /** One request as received. */
    public record Received(String method, String url, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name);
        }

        public String bodyText() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final java.util.concurrent.atomic.AtomicLong endlessBytes = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean endless;

    private WebhookServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on a free port of localhost. */
    public static WebhookServer start() {
        return startOn(0);
    }

    /** Starts a server on {@code port} of localhost (0: a free one), e.g. where a stopped one was. */
    public static WebhookServer startOn(int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            WebhookServer webhook = new WebhookServer(http);
            http.createContext("/", exchange -> {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
                webhook.received.add(new Received(exchange.getRequestMethod(),
                        webhook.baseUrl() + exchange.getRequestURI(), headers, body));
                int status = webhook.nextAnswer();
                byte[] reply = "{\"messageArray\":[],\"timestamp\":null}".getBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                if (webhook.endless) {
                    webhook.answerEndlessly(exchange, status);
                    return;
                }
                exchange.sendResponseHeaders(status, reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            });
            http.setExecutor(Executors.newFixedThreadPool(2));
            http.start();
            return webhook;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers the next requests with these statuses, in order; later ones get 201. */
    public synchronized WebhookServer answering(int... statuses) {
        for (int status : statuses) {
            answers.add(status);
        }
        return this;
    }

    /**
     * From now on answers with a body that does not end (chunked, 8 KiB at a time, until the caller hangs up or
     * 1 GiB has gone), as a hostile webhook might.
     */
    public WebhookServer answeringEndlessly() {
        endless = true;
        return this;
    }

    /** Bytes of endless answers written so far (a caller that stops reading makes the writes block or fail). */
    public long endlessBytesWritten() {
        return endlessBytes.get();
    }

    private void answerEndlessly(com.sun.net.httpserver.HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, 0);
        byte[] block = new byte[8192];
        java.util.Arrays.fill(block, (byte) ' ');
        try (OutputStream out = exchange.getResponseBody()) {
            while (endlessBytes.get() < (1L << 30)) {
                out.write(block);
                endlessBytes.addAndGet(block.length);
            }
        } catch (IOException e) {
            // the caller hung up: what a bounded reader does
        }
    }

    private synchronized int nextAnswer() {
        Integer next = answers.poll();
        return next == null ? 201 : next;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** e.g. {@code http://localhost:43123} */
    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The URL of a path on this server. */
    public String url(String path) {
        return baseUrl() + path;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
