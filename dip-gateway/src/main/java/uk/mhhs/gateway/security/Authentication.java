package uk.mhhs.gateway.security;

import org.springframework.http.HttpStatus;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.gateway.participants.Participant;

/**
 * The outcome of {@link RequestAuthenticator#authenticate}: the participant that sent the request, or why
 * it is refused.
 */
public sealed interface Authentication {

    /**
     * API key known and signature valid with the certificate registered for the key's participant.
     *
     * @param participant the participant that owns the API key (the physical sender)
     */
    record Authenticated(Participant participant) implements Authentication {
    }

    /**
     * Refused.
     *
     * @param status 401 (API key missing or unknown) or 403 (signature invalid)
     * @param code   the code to put in the response body ({@code RCP9999} for signatures), or null for none
     * @param reason a human-readable explanation, safe to return to the caller (never key material)
     */
    record Rejected(HttpStatus status, ResponseCode code, String reason) implements Authentication {
    }
}
