package uk.mhhs.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import uk.mhhs.gateway.participants.Participant;
import uk.mhhs.gateway.security.Authentication;
import uk.mhhs.gateway.security.RequestAuthenticator;

/**
 * Who is calling the participant-facing endpoints (pubconfig, replay, requeue, status messages, validate), checked
 * in the order that costs a stranger least: the API key (401) before a byte of the body is read, then the body
 * within {@link BodyLimit} (413), its shape (400 empty, 415 not JSON; MSG1001), the signature over it (403), and for
 * the endpoints that act on a recipient's messages or webhooks, that the caller is the recipient itself or its
 * registered connection provider (403).
 */
@Component
public class RecipientAccess {

    private final RequestAuthenticator authenticator;
    private final BodyLimit limit;

    RecipientAccess(RequestAuthenticator authenticator, BodyLimit limit) {
        this.authenticator = authenticator;
        this.limit = limit;
    }

    /**
     * @param caller the participant whose API key it is (and, unless only identified, whose signature verified)
     * @param body   the exact body bytes, empty for none
     */
    public record Call(Participant caller, byte[] body) {
    }

    /**
     * API key only, no signature (the spec's {@code validate}).
     *
     * @throws ApiRefusal 401 for a missing or unknown key; 400/415 for a body that is not as expected
     * @throws BodyTooLarge if the body is over the limit (413)
     */
    public Call identified(HttpServletRequest request, ExpectedBody expected) throws IOException {
        Participant caller = identify(request);
        return new Call(caller, body(request, expected, caller));
    }

    /**
     * @return the authenticated caller and the body it signed
     * @throws ApiRefusal 401, 400, 415 or 403 as above
     * @throws BodyTooLarge if the body is over the limit (413)
     */
    public Call caller(HttpServletRequest request, ExpectedBody expected) throws IOException {
        Participant identified = identify(request);
        byte[] body = body(request, expected, identified);
        Authentication authentication = authenticator.authenticate(request, body);
        if (authentication instanceof Authentication.Rejected rejected) {
            throw new ApiRefusal(rejected.status(), null, rejected.reason(), null);
        }
        return new Call(((Authentication.Authenticated) authentication).participant(), body);
    }

    /**
     * @return the authenticated caller, who acts for {@code recipientId}, and the body it signed
     * @throws ApiRefusal as {@link #caller}, or 403 if the caller acts for someone else
     */
    public Call recipient(HttpServletRequest request, ExpectedBody expected, String recipientId) throws IOException {
        Call call = caller(request, expected);
        Participant caller = call.caller();
        if (!caller.dipId().equals(recipientId) && !caller.mayConnectFor(recipientId)) {
            throw new ApiRefusal(HttpStatus.FORBIDDEN, null,
                    caller.dipId() + " may not act for recipient " + recipientId, caller.dipId());
        }
        return call;
    }

    private Participant identify(HttpServletRequest request) {
        String apiKey = request.getHeader(RequestAuthenticator.API_KEY_HEADER);
        Optional<Participant> caller = authenticator.identify(apiKey);
        return caller.orElseThrow(() -> new ApiRefusal(HttpStatus.UNAUTHORIZED, null, apiKey == null
                ? RequestAuthenticator.API_KEY_HEADER + " is missing"
                : "unknown " + RequestAuthenticator.API_KEY_HEADER, null));
    }

    private byte[] body(HttpServletRequest request, ExpectedBody expected, Participant caller) throws IOException {
        byte[] body = RequestBodies.read(request, limit);
        if (expected.required()) {
            Optional<BodyShape.Refusal> misshapen = BodyShape.check(request.getContentType(), body,
                    expected.description());
            if (misshapen.isPresent()) {
                throw new ApiRefusal(misshapen.get().status(), BodyShape.CODE, misshapen.get().reason(),
                        caller.dipId());
            }
        }
        return body;
    }
}
