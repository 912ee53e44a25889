package uk.mhhs.vas.it;

import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.vas.runs.RunView;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Calls a running VAS over HTTP as an operator would, reading runs as typed {@link RunView}s. */
public record VasHttp(String baseUrl) {

    public static final String TOKEN = "test-operator-token";
    public static final String HEADER = "X-VAS-Operator-Token";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();

    public static VasHttp onPort(int port) {
        return new VasHttp("http://localhost:" + port);
    }

    /** A call's status and body. */
    public record Answer(int status, String body) {
        public RunView run() {
            return JSON.readValue(body, RunView.class);
        }

        public String error() {
            return JSON.readTree(body).path("error").asString();
        }
    }

    public Answer post(String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header(HEADER, token);
        }
        return send(request.build());
    }

    /** Uploads a GSP Group Take file (CSV) with the right token. */
    public Answer uploadGspGroupTake(String csv) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/vas/v1/gsp-group-take"))
                .header("Content-Type", "text/csv").header(HEADER, TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    /** A read, with the operator token as operators' scripts send it on every call. */
    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header(HEADER, TOKEN).build());
    }

    /** Asks for a run with the right token. */
    public Answer request(String settlementDate, String runType, String reason) {
        return post("/vas/v1/runs", "{\"settlementDate\":\"" + settlementDate + "\",\"runType\":\"" + runType + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}", TOKEN);
    }

    public RunView run(UUID id) {
        Answer answer = get("/vas/v1/runs/" + id);
        if (answer.status() != 200) {
            throw new AssertionError("GET run " + id + " -> " + answer);
        }
        return answer.run();
    }

    public List<RunView> runsOf(String settlementDate) {
        Answer answer = get("/vas/v1/runs?settlementDate=" + settlementDate);
        if (answer.status() != 200) {
            throw new AssertionError("GET runs of " + settlementDate + " -> " + answer);
        }
        return Arrays.asList(JSON.readValue(answer.body(), RunView[].class));
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
