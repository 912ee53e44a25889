package uk.mhhs.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import uk.mhhs.gateway.participants.Participant;
import uk.mhhs.gateway.security.Authentication;
import uk.mhhs.gateway.security.RequestAuthenticator;

/**
 * Guards the endpoints that act on a recipient's messages or webhooks (pubconfig, replay, requeue, status
 * config): the request must authenticate (API key and signature, else 401/403), and the caller must be
 * the recipient itself or its registered connection provider (else 403).
 */
@Component
public class RecipientAccess {

    private final RequestAuthenticator authenticator;

    RecipientAccess(RequestAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    /**
     * @param body the exact body bytes ({@code null} for none)
     * @return the authenticated caller
     * @throws ApiRefusal if it is not authenticated
     */
    public Participant caller(HttpServletRequest request, byte[] body) {
        Authentication authentication = authenticator.authenticate(request, body == null ? new byte[0] : body);
        if (authentication instanceof Authentication.Rejected rejected) {
            throw new ApiRefusal(rejected.status(), null, rejected.reason(), null);
        }
        return ((Authentication.Authenticated) authentication).participant();
    }

    /**
     * @return the authenticated caller, who acts for {@code recipientId}
     * @throws ApiRefusal if it is not authenticated or acts for someone else
     */
    public Participant recipient(HttpServletRequest request, byte[] body, String recipientId) {
        Participant caller = caller(request, body);
        if (!caller.dipId().equals(recipientId) && !caller.mayConnectFor(recipientId)) {
            throw new ApiRefusal(HttpStatus.FORBIDDEN, null,
                    caller.dipId() + " may not act for recipient " + recipientId, caller.dipId());
        }
        return caller;
    }
}
