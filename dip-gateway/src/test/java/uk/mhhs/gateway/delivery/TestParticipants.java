package uk.mhhs.gateway.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import uk.mhhs.gateway.participants.ApiKeys;
import uk.mhhs.gateway.participants.ParticipantRegistry;
import uk.mhhs.gateway.participants.ParticipantStore;
import uk.mhhs.gateway.participants.RoleAssignment;
import uk.mhhs.gateway.participants.StoredParticipant;
import uk.mhhs.testsupport.TestCertificates;
import uk.mhhs.testsupport.dip.DipRequestSigner;

/**
 * Registers participants with a fresh DIP ID, API key and signing certificate, and makes calls to the gateway
 * as them, signed by test-support's independent {@link DipRequestSigner}.
 */
public final class TestParticipants {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final ParticipantStore store;
    private final ParticipantRegistry registry;
    private final String gatewayBaseUrl;

    public TestParticipants(ParticipantStore store, ParticipantRegistry registry, int gatewayPort) {
        this.store = store;
        this.registry = registry;
        this.gatewayBaseUrl = "http://localhost:" + gatewayPort;
    }

    /** A registered participant that can call the gateway. */
    public record Caller(String dipId, String apiKey, TestCertificates.Credential credential, String baseUrl) {

        public HttpResponse<String> post(String path, String body) {
            return send("POST", path, body);
        }

        public HttpResponse<String> delete(String path) {
            return send("DELETE", path, null);
        }

        /** Signs and sends; {@code body} null for none. */
        public HttpResponse<String> send(String method, String path, String body) {
            return send(method, path, body, "application/json");
        }

        /** Signs and sends with the given Content-Type; {@code body} null for none. */
        public HttpResponse<String> send(String method, String path, String body, String contentType) {
            String url = baseUrl + path;
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", contentType)
                    .header("X-API-Key", apiKey)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(bytes));
            new DipRequestSigner(credential.privateKey(), credential.certificatePem()).sign(method, url, bytes)
                    .forEach(request::header);
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A new participant holding {@code roles}. */
    public Caller register(String... roles) {
        return registerAs(newDipId(), roles);
    }

    /** A participant of a given DIP ID holding {@code roles}, registered unless it is already. */
    public Caller registerAs(String dipId, String... roles) {
        if (store.find(dipId).isPresent()) {
            throw new IllegalStateException(dipId + " is registered already; tests of the shared context use it once");
        }
        String apiKey = ApiKeys.generate();
        TestCertificates.Credential credential = TestCertificates.selfSigned("participant-" + dipId);
        store.insert(new StoredParticipant(dipId, null, "Test participant " + dipId,
                List.of(roles).stream().map(RoleAssignment::of).toList(), credential.certificatePem(),
                ApiKeys.hash(apiKey), Set.of(), true));
        registry.refresh();
        return new Caller(dipId, apiKey, credential, gatewayBaseUrl);
    }

    /** A random 10-digit DIP ID, unlikely to be used by another test of the shared database. */
    public static String newDipId() {
        return String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    }
}
