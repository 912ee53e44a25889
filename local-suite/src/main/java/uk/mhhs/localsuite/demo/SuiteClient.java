package uk.mhhs.localsuite.demo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.localsuite.OperatorTokens;
import uk.mhhs.localsuite.RunningSuite;
import uk.mhhs.localsuite.services.SuiteService;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The services' operator APIs over HTTP, as an operator calls them: every call (GETs too) carries the service's
 * operator token in its header. An answer other than 2xx is a {@link DemoFailure} naming the call and the answer.
 */
public final class SuiteClient {

    private final RunningSuite suite;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public SuiteClient(RunningSuite suite) {
        this.suite = suite;
    }

    public JsonNode get(SuiteService service, String path) {
        return json(send(service, request(service, path).header("Accept", "application/json").GET()));
    }

    public JsonNode post(SuiteService service, String path, String contentType, String body) {
        return json(send(service, request(service, path).header("Content-Type", contentType)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))));
    }

    public JsonNode put(SuiteService service, String path, String body) {
        return json(send(service, request(service, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** A plain-text GET without a token (Prometheus' scrape endpoints). */
    public String text(URI uri) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new DemoFailure("GET " + uri + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new DemoFailure("GET " + uri + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }

    private HttpRequest.Builder request(SuiteService service, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(
                suite.baseUrl(service).toString().replaceAll("/+$", "") + path)).timeout(Duration.ofMinutes(10));
        OperatorTokens.header(service).ifPresent(header ->
                suite.operatorTokens().token(service).ifPresent(token -> builder.header(header, token)));
        return builder;
    }

    private String send(SuiteService service, HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        String call = request.method() + " " + service.module() + " " + request.uri().getRawPath()
                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                String body = r.body();
                throw new DemoFailure(call + " answered " + r.statusCode() + ": "
                        + (body.length() > 600 ? body.substring(0, 600) + "…" : body));
            }
            return r.body();
        } catch (IOException e) {
            throw new DemoFailure(call + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure(call + " interrupted");
        }
    }

    private static JsonNode json(String body) {
        return body.isBlank() ? JsonMapper.shared().nullNode() : JsonMapper.shared().readTree(body);
    }
}
