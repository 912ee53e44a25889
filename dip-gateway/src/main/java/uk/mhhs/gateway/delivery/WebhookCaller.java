package uk.mhhs.gateway.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import uk.mhhs.common.signature.DipSigner;
import uk.mhhs.gateway.webhooks.WebhookPolicy;

/**
 * Makes one signed webhook call: {@code POST} of a JSON body with the four {@code X-DIP-Signature*} headers made
 * with the gateway's credential over the callback URL exactly as registered.
 *
 * <p>Guarded against a hostile webhook: the client connects only to the addresses the {@link WebhookPolicy} resolved
 * and checked for this connection (no loopback, private, link-local/metadata address unless allowed; a DNS answer
 * that changed since registration is caught here), https only if the rules say so, no redirects, no proxy, no
 * decompression; at most {@code maxAnswerBytes} of the answer are read; the whole call is cut at the request
 * timeout, however slowly the webhook drips its answer.
 */
public class WebhookCaller implements AutoCloseable {

    private static final int ERROR_LIMIT = 1000;
    /** As the DIP sends it: no charset parameter (JSON is UTF-8). */
    private static final ContentType JSON = ContentType.create("application/json");

    private final CloseableHttpClient http;
    private final WebhookPolicy policy;
    private final DipSigner signer;
    private final Duration requestTimeout;
    private final Clock clock;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-call-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param policy         which URLs and addresses may be called, how much of an answer is read
     * @param signer         signs with the gateway's credential
     * @param connectTimeout TCP (and TLS) connect timeout
     * @param requestTimeout the longest a whole call may take
     * @param maxConnections connections kept open, in all and per webhook host (the dispatcher's concurrency)
     * @param clock          for start times
     */
    public WebhookCaller(WebhookPolicy policy, DipSigner signer, Duration connectTimeout, Duration requestTimeout,
                         int maxConnections, Clock clock) {
        this.policy = policy;
        this.signer = signer;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(policy))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(requestTimeout))
                                .build())
                        .setMaxConnTotal(Math.max(2, maxConnections))
                        .setMaxConnPerRoute(Math.max(2, maxConnections))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setContentCompressionEnabled(false)
                        .setConnectionRequestTimeout(Timeout.of(requestTimeout))
                        .setResponseTimeout(Timeout.of(requestTimeout))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /** The result of one call. */
    public record Call(Instant startedAt, Duration duration, Integer statusCode, String error) {
    }

    /**
     * @param url  the callback URL
     * @param body the exact bytes to send
     * @return the status code, or the network error or refusal, with timing; never throws for I/O failures
     */
    public Call post(URI url, byte[] body) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        if (policy.rules().requireHttps() && !"https".equals(String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT))) {
            return new Call(started, elapsed(startNanos), null, "refused: callbackURL must be https: " + url);
        }
        HttpPost request = new HttpPost(url);
        request.setEntity(new ByteArrayEntity(body, JSON));
        signer.sign("POST", url.toString(), body).asMap().forEach(request::setHeader);
        ScheduledFuture<?> deadline = deadlines.schedule(request::cancel, requestTimeout.toMillis(),
                TimeUnit.MILLISECONDS);
        CloseableHttpResponse response = null;
        try {
            response = http.execute(request);
            int status = response.getCode();
            byte[] answer = head(response.getEntity(), request);
            String error = status >= 200 && status < 300 ? null
                    : "HTTP " + status + ": " + new String(answer, StandardCharsets.UTF_8);
            return new Call(started, elapsed(startNanos), status, truncate(error));
        } catch (WebhookPolicy.RefusedAddress e) {
            return new Call(started, elapsed(startNanos), null, truncate("refused: " + e.getMessage()));
        } catch (IOException e) {
            String cause = request.isCancelled() ? "no complete answer within " + requestTimeout + " ("
                    + e.getClass().getSimpleName() + ")" : e.getClass().getSimpleName() + ": " + e.getMessage();
            return new Call(started, elapsed(startNanos), null, truncate(cause));
        } finally {
            deadline.cancel(false);
            closeQuietly(response);
        }
    }

    /**
     * Reads at most {@code maxAnswerBytes} of an answer. What is left of a longer one is never read: the request is
     * cancelled, which drops the connection (closing the stream instead would read it to its end).
     */
    private byte[] head(HttpEntity entity, HttpPost request) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        int limit = policy.rules().maxAnswerBytes();
        InputStream in = entity.getContent();
        byte[] head = in.readNBytes(limit);
        if (head.length == limit) {
            request.cancel();
        } else {
            in.close(); // at its end: the connection can be reused
        }
        return head;
    }

    private static void closeQuietly(CloseableHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException e) {
                // a cancelled (dropped) connection; the call's outcome is already known
            }
        }
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        http.close();
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= ERROR_LIMIT ? text : text.substring(0, ERROR_LIMIT);
    }

    /** The client's only way to a host's addresses: resolved and checked by the policy when connecting. */
    private record CheckedResolver(WebhookPolicy policy) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return policy.addressesToConnect(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
