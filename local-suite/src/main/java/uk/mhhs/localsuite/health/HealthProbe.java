package uk.mhhs.localsuite.health;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Waits for a Spring Boot application's health ({@code /actuator/health}, or the gateway's {@code /readyz}) to say UP. With {@link Scheme#AUTO} it
 * tries HTTPS first and falls back to HTTP when the port does not speak TLS, so the gateway is found
 * whether or not it has its development keystore yet.
 */
public final class HealthProbe {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http;
    private final Duration interval;
    private final Clock clock;

    public HealthProbe(Duration interval, Clock clock) {
        this.http = HttpClient.newBuilder()
                .sslContext(LocalhostTls.trustingEverything())
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        this.interval = interval;
        this.clock = clock;
    }

    public HealthProbe() {
        this(Duration.ofMillis(500), Clock.systemUTC());
    }

    /**
     * Polls {@code localhost:port} until it is UP, {@code alive} turns false, or {@code timeout} passes.
     */
    public HealthResult awaitUp(int port, Scheme scheme, BooleanSupplier alive, Duration timeout)
            throws InterruptedException {
        return awaitUp(port, "/actuator/health", scheme, alive, timeout);
    }

    /**
     * Polls {@code localhost:port} + {@code healthPath} until it is UP, {@code alive} turns false, or {@code timeout}
     * passes.
     */
    public HealthResult awaitUp(int port, String healthPath, Scheme scheme, BooleanSupplier alive, Duration timeout)
            throws InterruptedException {
        Instant deadline = clock.instant().plus(timeout);
        List<Scheme> candidates = scheme == Scheme.AUTO ? List.of(Scheme.HTTPS, Scheme.HTTP) : List.of(scheme);
        String lastSeen = "no answer yet";
        while (true) {
            for (Scheme candidate : candidates) {
                URI base = baseUrl(candidate, port);
                Answer answer = ask(base.resolve(healthPath));
                if (answer.kind == Answer.Kind.UP) {
                    return new HealthResult(HealthResult.Status.UP, base, "", healthPath);
                }
                lastSeen = answer.description;
                if (answer.kind == Answer.Kind.NOT_UP) {
                    candidates = List.of(candidate); // it speaks this scheme: no need to try the other again
                    break;
                }
            }
            if (!alive.getAsBoolean()) {
                return new HealthResult(HealthResult.Status.EXITED, baseUrl(candidates.get(0), port),
                        "process ended before it was UP (" + lastSeen + ")", healthPath);
            }
            if (!clock.instant().isBefore(deadline)) {
                return new HealthResult(HealthResult.Status.TIMED_OUT, baseUrl(candidates.get(0), port),
                        "not UP after " + timeout.toSeconds() + " s (" + lastSeen + ")", healthPath);
            }
            Thread.sleep(interval.toMillis());
        }
    }

    static URI baseUrl(Scheme scheme, int port) {
        return URI.create((scheme == Scheme.HTTPS ? "https" : "http") + "://localhost:" + port);
    }

    private Answer ask(URI uri) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            if (response.statusCode() == 200 && body.replace(" ", "").contains("\"status\":\"UP\"")) {
                return new Answer(Answer.Kind.UP, "UP");
            }
            if (response.statusCode() == 400 && uri.getScheme().equals("http")) {
                // Tomcat's answer to plain HTTP on a TLS port: the wrong scheme, not a service that is down.
                // (Locking onto HTTP here would miss a gateway whose first TLS handshake failed while starting.)
                return new Answer(Answer.Kind.WRONG_SCHEME, "HTTP 400 on plain HTTP: the port speaks TLS");
            }
            return new Answer(Answer.Kind.NOT_UP, "HTTP " + response.statusCode() + " " + abbreviate(body));
        } catch (SSLException e) {
            return new Answer(Answer.Kind.WRONG_SCHEME, "no TLS on this port");
        } catch (IOException e) {
            return isTlsMismatch(e)
                    ? new Answer(Answer.Kind.WRONG_SCHEME, "no TLS on this port")
                    : new Answer(Answer.Kind.NO_ANSWER, e.getClass().getSimpleName());
        }
    }

    /** The HTTP client sometimes wraps the handshake failure in a plain IOException. */
    private static boolean isTlsMismatch(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "..." : oneLine;
    }

    private record Answer(Kind kind, String description) {
        enum Kind { UP, NOT_UP, WRONG_SCHEME, NO_ANSWER }
    }
}
