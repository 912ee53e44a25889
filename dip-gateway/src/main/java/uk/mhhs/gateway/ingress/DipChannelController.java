package uk.mhhs.gateway.ingress;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.envelope.StandardResponse;
import uk.mhhs.common.signature.DipSignature;
import uk.mhhs.gateway.archive.ArchivedRequest;
import uk.mhhs.gateway.archive.IngressArchive;
import uk.mhhs.gateway.participants.Participant;
import uk.mhhs.gateway.security.Authentication;
import uk.mhhs.gateway.security.RequestAuthenticator;

/**
 * {@code POST /dip-channel/{id}} of the official spec (path matched ignoring case, as the DIP does): at most
 * {@code mhhs.gateway.max-in-flight} requests at once (429), body at most {@code mhhs.gateway.max-body-bytes}
 * (413), a known API key (401), a body that is there (400) and declared {@code application/json} (415), then the signature checked (403, RCP9999) and the batch accepted whole (201,
 * after it is durable) or rejected whole (400), each with a StandardResponse. Every request that passes the API
 * key check is archived as received: an accepted one as the first row of its acceptance transaction (so the
 * archive row, acceptance and outbox commit together), any other with its outcome, and one whose handling
 * failed, without outcome, in a transaction of its own.
 */
@RestController
class DipChannelController {

    private static final Set<String> SECRET_HEADERS = Set.of("x-api-key", "authorization", "cookie", "x-admin-token");

    private final AcceptingMessages accepting;
    private final RequestAuthenticator authenticator;
    private final IngressArchive archive;
    private final StandardResponses responses;
    private final IngressMetrics metrics;
    private final IngressProperties properties;
    private final Semaphore inFlight;
    private final Clock clock;

    DipChannelController(AcceptingMessages accepting, RequestAuthenticator authenticator, IngressArchive archive,
                         StandardResponses responses, IngressMetrics metrics, IngressProperties properties,
                         ObjectProvider<Clock> clock) {
        this.accepting = accepting;
        this.authenticator = authenticator;
        this.archive = archive;
        this.responses = responses;
        this.metrics = metrics;
        this.properties = properties;
        this.inFlight = new Semaphore(properties.maxInFlight());
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @PostMapping("/{channel:(?i)dip-channel}/{id}")
    ResponseEntity<byte[]> send(@PathVariable String id, HttpServletRequest request) throws IOException {
        long started = System.nanoTime();
        if (!inFlight.tryAcquire()) {
            metrics.refused(id, "HTTP429");
            return finish(id, started, ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build());
        }
        try {
            return finish(id, started, handle(id, request));
        } finally {
            inFlight.release();
        }
    }

    private ResponseEntity<byte[]> handle(String id, HttpServletRequest request) throws IOException {
        byte[] body;
        try {
            body = BoundedBody.read(request, properties.maxBodyBytes());
        } catch (BoundedBody.TooLarge e) {
            metrics.refused(id, "HTTP413");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        Optional<Participant> caller = authenticator.identify(request.getHeader(RequestAuthenticator.API_KEY_HEADER));
        if (caller.isEmpty()) {
            metrics.refused(id, "HTTP401");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        String callerId = caller.get().dipId();
        // Refused before the archive and the signature check: nothing of a body the gateway cannot read is stored.
        Optional<PayloadShape.Refusal> misshapen = PayloadShape.check(request.getContentType(), body);
        if (misshapen.isPresent()) {
            PayloadShape.Refusal refusal = misshapen.get();
            metrics.refused(id, "HTTP" + refusal.status().value());
            return json(refusal.status(), responses.refused(PayloadShape.CODE, refusal.reason(), callerId));
        }
        ArchivedRequest archived = new ArchivedRequest(clock.instant(), ArchivedRequest.Source.HTTP,
                "POST " + authenticator.fullUrl(request), id, callerId, headersOf(request), body);
        Authentication authentication;
        try {
            authentication = authenticator.authenticate(request, body);
        } catch (RuntimeException | Error e) {
            archiveAfterFailure(archived, e);
            throw e;
        }
        if (authentication instanceof Authentication.Rejected refused) {
            String code = refused.code() == null ? "HTTP" + refused.status().value() : refused.code().code();
            archive.recordCompleted(archived, refused.status().value(), List.of(code), List.of());
            metrics.refused(id, code);
            return refused.code() == null ? ResponseEntity.status(refused.status()).build()
                    : json(refused.status(), responses.refused(refused.code(), refused.reason(), callerId));
        }
        // The signature check proved the header equals the body's hash.
        String bodyHash = request.getHeader(DipSignature.CONTENT_HASH_HEADER).trim();
        IngressResult result;
        try {
            result = accepting.accept(new AcceptingMessages.Submission(id, body, caller.get(), 0, archived, false,
                    bodyHash));
        } catch (RuntimeException | Error e) {
            archiveAfterFailure(archived, e);
            throw e;
        }
        if (result instanceof IngressResult.Accepted accepted) {
            return json(HttpStatus.CREATED, responses.accepted(accepted.messages(), callerId));
        }
        // Nothing of a rejected batch was committed, its archive row neither: it is archived now, with the outcome.
        IngressResult.Rejected rejected = (IngressResult.Rejected) result;
        archive.recordCompleted(archived, HttpStatus.BAD_REQUEST.value(), rejected.codes(), List.of());
        return json(HttpStatus.BAD_REQUEST, responses.rejected(rejected.violations(), rejected.batchSize(), callerId));
    }

    /**
     * Archives a request whose handling failed (nothing of it was committed), in a transaction of its own, so that
     * what was sent can still be shown.
     */
    private void archiveAfterFailure(ArchivedRequest archived, Throwable failure) {
        try {
            archive.record(archived);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private ResponseEntity<byte[]> finish(String id, long started, ResponseEntity<byte[]> response) {
        metrics.requestTook(id, response.getStatusCode().value(), Duration.ofNanos(System.nanoTime() - started));
        return response;
    }

    private static ResponseEntity<byte[]> json(HttpStatus status, StandardResponse body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Envelopes.mapper().writeValueAsBytes(body));
    }

    private static Map<String, String> headersOf(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            if (!SECRET_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, String.join(", ", Collections.list(request.getHeaders(name))));
            }
        }
        return headers;
    }
}
