package uk.mhhs.vas.inputs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands for MDS's run API (market-wide-data-service RunApi; its real side is tested in MDS's SettlementRunTest)
 * with exactly its contract: {@code POST /mds/v1/runs?settlementDate=&runType=} answers 201 with
 * {@code {"id","runNumber","periods","mpans","defaultedMpans","aggregates"}}, {@code GET
 * /mds/v1/runs/{id}/aggregates.csv} answers the CSV. Each test sets what the next run answers.
 */
final class MdsApiStandIn implements AutoCloseable {

    /**
     * What the stand-in answers: the POST's status and announced row count, the CSV's status and body, and whether
     * the connection drops after the body (announced longer than it is, as when MDS dies mid-stream).
     */
    record Answer(int runStatus, long announced, int csvStatus, String csv, boolean drop) {
        Answer(int runStatus, long announced, int csvStatus, String csv) {
            this(runStatus, announced, csvStatus, csv, false);
        }
    }

    /** A CSV written as it is sent, for sets too big to hold. */
    interface Body {
        void write(java.io.Writer out) throws IOException;
    }

    private final HttpServer server;
    private volatile Body streamed;
    private volatile Answer answer = new Answer(500, 0, 500, "", false);
    final List<String> tokens = new CopyOnWriteArrayList<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    volatile UUID lastRun;

    MdsApiStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/mds/v1/runs", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool()); // a stalled answer blocks no other
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    void answer(Answer next) {
        answer = next;
        streamed = null;
    }

    /** The next run announces {@code rows} and its CSV is written by {@code body} as it is sent. */
    void answerStreaming(long rows, Body body) {
        answer = new Answer(201, rows, 200, "", false);
        streamed = body;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Answer now = answer;
        tokens.add(String.valueOf(exchange.getRequestHeaders().getFirst(MdsRuns.TOKEN_HEADER)));
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        if ("POST".equals(exchange.getRequestMethod())) {
            lastRun = UUID.randomUUID();
            respond(exchange, now.runStatus(), "application/json", now.runStatus() != 201 ? "{\"error\":\"boom\"}"
                    : "{\"id\":\"" + lastRun + "\",\"runNumber\":3,\"periods\":48,\"mpans\":70,\"defaultedMpans\":0,"
                    + "\"aggregates\":" + now.announced() + "}");
        } else if (exchange.getRequestURI().getPath().equals("/mds/v1/runs/" + lastRun + "/aggregates.csv")) {
            Body body = streamed;
            if (body != null) {
                exchange.getResponseHeaders().set("Content-Type", "text/csv;charset=UTF-8");
                exchange.sendResponseHeaders(200, 0);
                try (var out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(exchange.getResponseBody(),
                        StandardCharsets.UTF_8), 1 << 16)) {
                    body.write(out);
                }
                return;
            }
            if (now.drop()) {
                byte[] bytes = now.csv().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length + 10_000L);
                exchange.getResponseBody().write(bytes);
                exchange.getResponseBody().flush();
                exchange.close(); // 10,000 bytes short: the client sees the connection end early
                return;
            }
            respond(exchange, now.csvStatus(), now.csvStatus() == 200 ? "text/csv;charset=UTF-8" : "application/json",
                    now.csv());
        } else {
            respond(exchange, 404, "application/json", "{\"error\":\"no run\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, 0); // chunked, as MDS streams it
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
