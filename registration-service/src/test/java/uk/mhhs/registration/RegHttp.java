package uk.mhhs.registration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** Calls the running service over HTTP, as the gateway or an operator would. */
public record RegHttp(String baseUrl) {

    public static final String TOKEN = "test-operator-token";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** A read, with the operator token in REGS's header as operators' scripts send it. */
    public HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-REG-Operator-Token", TOKEN)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " -> " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    public HttpResponse<String> postCsv(String path, HttpRequest.BodyPublisher body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "text/csv").POST(body);
        if (token != null) {
            request.header("X-REG-Operator-Token", token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode importFile(Path file) throws Exception {
        return importFile(file, "");
    }

    /** @param query extra query parameters, e.g. {@code &chunkRows=200000} */
    public JsonNode importFile(Path file, String query) throws Exception {
        HttpResponse<String> response = postCsv("/registration/v1/migrations?fileName=" + file.getFileName() + query,
                HttpRequest.BodyPublishers.ofFile(file), TOKEN);
        if (response.statusCode() != 200) {
            throw new AssertionError("import -> " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }
}
