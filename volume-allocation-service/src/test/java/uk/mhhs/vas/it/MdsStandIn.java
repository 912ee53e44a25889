package uk.mhhs.vas.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands for MDS's run API (its contract as market-wide-data-service's RunApi and RunAggregatesCsv give it):
 * {@code POST /mds/v1/runs?settlementDate=&runType=} answers 201 {@code {"id","runNumber","periods","mpans",
 * "defaultedMpans","aggregates"}}, {@code GET /mds/v1/runs/{id}/aggregates.csv} the run's aggregates as CSV. Every
 * run answers the same aggregates; it is reachable from a child JVM too (localhost).
 */
public final class MdsStandIn implements AutoCloseable {

    public static final String HEADER = "supplier_mpid,bm_unit_id,gsp_group,ccc_id,period,kwh,mpans";

    private final HttpServer server;
    private final List<String> rows;
    private final List<UUID> runs = new CopyOnWriteArrayList<>();

    /** @param rows the aggregate rows (without the header), in MDS's order */
    public MdsStandIn(List<String> rows) {
        this.rows = List.copyOf(rows);
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/mds/v1/runs", this::handle);
        server.start();
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The MDS runs asked for so far. */
    public List<UUID> runs() {
        return List.copyOf(runs);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            UUID id = UUID.randomUUID();
            runs.add(id);
            respond(exchange, 201, "application/json", "{\"id\":\"" + id + "\",\"runNumber\":" + runs.size()
                    + ",\"periods\":48,\"mpans\":70,\"defaultedMpans\":0,\"aggregates\":" + rows.size() + "}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (runs.stream().anyMatch(id -> path.equals("/mds/v1/runs/" + id + "/aggregates.csv")
                || path.equals("/mds/v1/runs/" + id + "/aggregates"))) {
            respond(exchange, 200, "text/csv;charset=UTF-8", HEADER + "\n" + String.join("\n", rows) + "\n");
        } else {
            respond(exchange, 404, "application/json", "{\"error\":\"no run\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
