package uk.mhhs.gateway.ingress;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpStatus;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.envelope.StandardResponse;
import uk.mhhs.common.signature.DipSignature;
import uk.mhhs.gateway.web.BodyLimit;
import uk.mhhs.gateway.web.BodyTooSlow;
import uk.mhhs.gateway.archive.ArchivedRequest;
import uk.mhhs.gateway.archive.IngressArchive;
import uk.mhhs.gateway.participants.Participant;
import uk.mhhs.gateway.security.Authentication;
import uk.mhhs.gateway.security.RequestAuthenticator;

/**
 * One {@code POST /dip-channel/{id}}, checked in this order: a known API key (401), a free in-flight slot of
 * {@code mhhs.gateway.max-in-flight} (429), a body of at most {@code mhhs.gateway.max-body-bytes} (413), present
 * (400) and declared {@code application/json} (415), the signature (403, RCP9999), then the batch accepted whole
 * (201, after it is durable) or rejected whole (400), each with a StandardResponse. The API key comes first so that
 * a caller the gateway does not know takes no slot and has nothing of its body read.
 *
 * <p>Every request that passes the API key check and the shape check is archived as received: an accepted one as
 * the first row of its acceptance transaction (so the archive row, acceptance and outbox commit together), any
 * other with its outcome, and one whose handling failed, without outcome, in a transaction of its own.
 */
final class ChannelPosts {

    /**
     * What to answer.
     *
     * @param status the HTTP status
     * @param json   the StandardResponse body, or null for none
     */
    record Answer(int status, byte[] json) {

        static Answer empty(HttpStatus status) {
            return new Answer(status.value(), null);
        }

        static Answer json(HttpStatus status, StandardResponse body) {
            return new Answer(status.value(), Envelopes.mapper().writeValueAsBytes(body));
        }
    }

    private static final Set<String> SECRET_HEADERS = Set.of("x-api-key", "authorization", "cookie", "x-admin-token");

    private final AcceptingMessages accepting;
    private final RequestAuthenticator authenticator;
    private final IngressArchive archive;
    private final StandardResponses responses;
    private final IngressMetrics metrics;
    private final BodyLimit bodyLimit;
    private final Semaphore inFlight;
    private final Clock clock;

    ChannelPosts(AcceptingMessages accepting, RequestAuthenticator authenticator, IngressArchive archive,
                 StandardResponses responses, IngressMetrics metrics, IngressProperties properties, BodyLimit bodyLimit,
                 Clock clock) {
        this.accepting = accepting;
        this.authenticator = authenticator;
        this.archive = archive;
        this.responses = responses;
        this.metrics = metrics;
        this.bodyLimit = bodyLimit;
        this.inFlight = new Semaphore(properties.maxInFlight());
        this.clock = clock;
    }

    /**
     * @param id      the channel of the path, as sent
     * @param request the request, its body not read yet
     */
    Answer post(String id, HttpServletRequest request) throws IOException {
        long started = System.nanoTime();
        Answer answer = admit(id, request);
        metrics.requestTook(id, answer.status(), Duration.ofNanos(System.nanoTime() - started));
        return answer;
    }

    private Answer admit(String id, HttpServletRequest request) throws IOException {
        long readDeadline = bodyLimit.deadlineFromNow();
        Optional<Participant> caller = authenticator.identify(request.getHeader(RequestAuthenticator.API_KEY_HEADER));
        if (caller.isEmpty()) {
            metrics.refused(id, "HTTP401");
            return Answer.empty(HttpStatus.UNAUTHORIZED);
        }
        if (!inFlight.tryAcquire()) {
            metrics.refused(id, "HTTP429");
            return Answer.empty(HttpStatus.TOO_MANY_REQUESTS);
        }
        try {
            return handle(id, request, caller.get(), readDeadline);
        } finally {
            inFlight.release();
        }
    }

    private Answer handle(String id, HttpServletRequest request, Participant caller, long readDeadline)
            throws IOException {
        byte[] body;
        try {
            body = BoundedBody.read(request, bodyLimit, readDeadline);
        } catch (BoundedBody.TooLarge e) {
            metrics.refused(id, "HTTP413");
            return Answer.empty(HttpStatus.CONTENT_TOO_LARGE);
        } catch (BodyTooSlow e) {
            // A client trickling its body holds this slot no longer than max-body-read-time
            metrics.refused(id, "HTTP408");
            return Answer.empty(HttpStatus.REQUEST_TIMEOUT);
        }
        String callerId = caller.dipId();
        // Refused before the archive and the signature check: nothing of a body the gateway cannot read is stored.
        Optional<PayloadShape.Refusal> misshapen = PayloadShape.check(request.getContentType(), body);
        if (misshapen.isPresent()) {
            PayloadShape.Refusal refusal = misshapen.get();
            metrics.refused(id, "HTTP" + refusal.status().value());
            return Answer.json(refusal.status(), responses.refused(PayloadShape.CODE, refusal.reason(), callerId));
        }
        String url = authenticator.fullUrl(request);
        ArchivedRequest archived = new ArchivedRequest(clock.instant(), ArchivedRequest.Source.HTTP, "POST " + url, id,
                callerId, headersOf(request), body);
        Authentication authentication;
        try {
            authentication = authenticator.authenticate(caller, request.getMethod(), url, request::getHeader, body);
        } catch (RuntimeException | Error e) {
            archiveAfterFailure(archived, e);
            throw e;
        }
        if (authentication instanceof Authentication.Rejected refused) {
            String code = refused.code() == null ? "HTTP" + refused.status().value() : refused.code().code();
            archive.recordCompleted(archived, refused.status().value(), List.of(code), List.of());
            metrics.refused(id, code);
            return refused.code() == null ? Answer.empty(refused.status())
                    : Answer.json(refused.status(), responses.refused(refused.code(), refused.reason(), callerId));
        }
        // The signature check proved the header equals the body's hash.
        String bodyHash = request.getHeader(DipSignature.CONTENT_HASH_HEADER).trim();
        IngressResult result;
        try {
            result = accepting.accept(new AcceptingMessages.Submission(id, body, caller, 0, archived, false,
                    bodyHash));
        } catch (RuntimeException | Error e) {
            archiveAfterFailure(archived, e);
            throw e;
        }
        if (result instanceof IngressResult.Accepted accepted) {
            return Answer.json(HttpStatus.CREATED, responses.accepted(accepted.messages(), callerId));
        }
        // Nothing of a rejected batch was committed, its archive row neither: it is archived now, with the outcome.
        IngressResult.Rejected rejected = (IngressResult.Rejected) result;
        archive.recordCompleted(archived, HttpStatus.BAD_REQUEST.value(), rejected.codes(), List.of());
        return Answer.json(HttpStatus.BAD_REQUEST, responses.rejected(rejected.violations(), rejected.batchSize(),
                callerId));
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

    private static Map<String, String> headersOf(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            if (!SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, String.join(", ", Collections.list(request.getHeaders(name))));
            }
        }
        return headers;
    }
}
