package uk.mhhs.gateway.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import uk.mhhs.common.signature.DipSigner;

/**
 * Makes one signed webhook call: {@code POST} of a JSON body with the four {@code X-DIP-Signature*}
 * headers made with the gateway's credential over the callback URL exactly as registered.
 */
public class WebhookCaller {

    private static final int ERROR_LIMIT = 1000;

    private final HttpClient http;
    private final DipSigner signer;
    private final Duration requestTimeout;
    private final Clock clock;

    /**
     * @param http the client (its own connect timeout, no redirects)
     * @param signer signs with the gateway's credential
     * @param requestTimeout how long to wait for an answer
     * @param clock for start times and durations
     */
    public WebhookCaller(HttpClient http, DipSigner signer, Duration requestTimeout, Clock clock) {
        this.http = http;
        this.signer = signer;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** The result of one call. */
    public record Call(Instant startedAt, Duration duration, Integer statusCode, String error) {
    }

    /**
     * @param url the callback URL
     * @param body the exact bytes to send
     * @return the status code, or the network error, with timing; never throws for I/O failures
     */
    public Call post(URI url, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signer.sign("POST", url.toString(), body).asMap().forEach(request::header);
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String error = status >= 200 && status < 300 ? null : "HTTP " + status + ": " + response.body();
            return new Call(started, elapsed(startNanos), status, truncate(error));
        } catch (IOException e) {
            return new Call(started, elapsed(startNanos), null, truncate(e.getClass().getSimpleName() + ": "
                    + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Call(started, elapsed(startNanos), null, "interrupted (gateway stopping)");
        }
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= ERROR_LIMIT ? text : text.substring(0, ERROR_LIMIT);
    }
}
