package uk.mhhs.gateway.ingress;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.gateway.delivery.TestParticipants;
import uk.mhhs.testsupport.TestCertificates;
import uk.mhhs.testsupport.dip.SignedDipRequests;

/** Onboards participants through the admin API and sends signed requests, for the ingress tests. */
final class IngressFixture {

    static final String ADMIN_TOKEN = "test-admin-token-7Qm2xV9pLk4sRt8Wz";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;

    IngressFixture(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** A participant that can post signed messages. */
    record Sender(String dipId, String apiKey, TestCertificates.Credential credential, SignedDipRequests requests) {
    }

    /** Registers a participant with API key and certificate holding {@code roles}, through the admin API. */
    Sender onboardSender(String... roles) {
        String dipId = newDipId();
        String apiKey = "key-" + dipId + "-" + strongSuffix();
        TestCertificates.Credential credential = TestCertificates.selfSigned(dipId);
        ObjectNode body = participant(dipId, roles);
        body.put("certificatePem", credential.certificatePem());
        body.put("apiKey", apiKey);
        HttpResponse<String> created = admin("POST", "/admin/participants", body.toString());
        if (created.statusCode() != 201) {
            throw new AssertionError("onboarding failed: " + created.statusCode() + " " + created.body());
        }
        return new Sender(dipId, apiKey, credential, new SignedDipRequests(baseUrl, apiKey, credential));
    }

    /** Registers a participant without HTTP access (e.g. a central service), through the admin API. */
    String onboard(String... roles) {
        String dipId = newDipId();
        HttpResponse<String> created = admin("POST", "/admin/participants", participant(dipId, roles).toString());
        if (created.statusCode() != 201) {
            throw new AssertionError("onboarding failed: " + created.statusCode() + " " + created.body());
        }
        return dipId;
    }

    HttpResponse<String> admin(String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-Admin-Token", ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    String baseUrl() {
        return baseUrl;
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        return Envelopes.mapper().readTree(text);
    }

    static JsonNode json(byte[] bytes) {
        return Envelopes.mapper().readTree(bytes);
    }

    /** 32 hex digits: with any prefix, a key that passes the admin API's strength rule. */
    static String strongSuffix() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE)
                + Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    }

    static String newDipId() {
        return TestParticipants.newDipId();
    }

    private static ObjectNode participant(String dipId, String... roles) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("dipId", dipId);
        body.put("name", "Ingress test " + String.join("/", roles) + " " + dipId);
        var array = body.putArray("roles");
        List.of(roles).forEach(role -> array.addObject().put("role", role));
        return body;
    }
}
