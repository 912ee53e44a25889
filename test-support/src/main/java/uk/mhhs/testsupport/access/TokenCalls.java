package uk.mhhs.testsupport.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Calls of a service's own API as an operator's script makes them, with a role's token (or none) in
 * {@code Authorization: Bearer}; the tokens are those every module's test configuration gives its service
 * ({@code mhhs.access.*}, the operator one through {@code mhhs.<service>.operator-token}).
 */
public record TokenCalls(String baseUrl) {

    public static final String READ_TOKEN = "test-read-token";
    public static final String OPERATOR_TOKEN = "test-operator-token";
    public static final String ADMIN_TOKEN = "test-admin-token";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public static TokenCalls onPort(int port) {
        return new TokenCalls("http://localhost:" + port);
    }

    /** A GET with {@code token} (null: none). */
    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A POST of {@code body} as {@code contentType} with {@code token} (null: none). */
    public HttpResponse<String> post(String path, String token, String contentType, byte[] body) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
