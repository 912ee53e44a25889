package uk.mhhs.testsupport.dip;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import uk.mhhs.testsupport.TestCertificates;

/**
 * Builds signed {@code POST /dip-channel/{id}} requests for one participant: API key, the four signature headers
 * and the body, ready for {@link java.net.http.HttpClient}. A hook may tamper with the signed headers, for tests
 * of what the gateway refuses.
 *
 * <pre>
 * var requests = new SignedDipRequests("http://localhost:" + port, apiKey, credential);
 * HttpResponse&lt;String&gt; r = client.send(requests.post("IF-021", If021Message.from(dipId).toBatchJson()), ofString());
 * </pre>
 */
public final class SignedDipRequests {

    private final String baseUrl;
    private final String apiKey;
    private final DipRequestSigner signer;

    /**
     * @param baseUrl    scheme, host and port of the gateway, e.g. {@code https://localhost:8443}
     * @param apiKey     the participant's API key
     * @param credential its signing key and certificate
     */
    public SignedDipRequests(String baseUrl, String apiKey, TestCertificates.Credential credential) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.signer = new DipRequestSigner(credential.privateKey(), credential.certificatePem());
    }

    /** A signed POST of {@code body} to {@code /dip-channel/<interfaceId>}, signed now. */
    public HttpRequest post(String interfaceId, String body) {
        return post(interfaceId, body.getBytes(StandardCharsets.UTF_8), Instant.now(), UnaryOperator.identity());
    }

    /**
     * @param interfaceId the channel
     * @param body        the exact body
     * @param signedAt    the signature date
     * @param tamper      changes the signed headers before they are sent (identity for none)
     */
    public HttpRequest post(String interfaceId, byte[] body, Instant signedAt,
                            UnaryOperator<Map<String, String>> tamper) {
        String url = baseUrl + "/dip-channel/" + interfaceId;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        tamper.apply(new java.util.LinkedHashMap<>(signer.sign("POST", url, body, signedAt))).forEach(request::header);
        return request.build();
    }
}
