package uk.mhhs.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.signature.SignatureVerification;
import uk.mhhs.gateway.participants.Participant;
import uk.mhhs.gateway.participants.ParticipantRegistry;

/**
 * Authenticates a DIP API request: the {@value #API_KEY_HEADER} header names a registered participant (401
 * otherwise), and the DIP signature headers verify over the body with the certificate registered for that
 * participant and a signature date within {@code mhhs.gateway.security.max-signature-skew} of now (403 with
 * {@code RCP9999} otherwise). Use it for any endpoint of the DIP API (channels, pubconfig, replay, status).
 */
@Component
public class RequestAuthenticator {

    /** The API key header of the spec's {@code ApiKeyAuth} scheme. */
    public static final String API_KEY_HEADER = "X-API-Key";

    private final ParticipantRegistry registry;
    private final SecurityProperties properties;
    private final Clock clock;

    public RequestAuthenticator(ParticipantRegistry registry, SecurityProperties properties,
                                ObjectProvider<Clock> clock) {
        this.registry = registry;
        this.properties = properties;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * @param request the request as received
     * @param body    its exact body bytes (empty or null for none)
     */
    public Authentication authenticate(HttpServletRequest request, byte[] body) {
        return authenticate(request.getMethod(), fullUrl(request), request::getHeader, body);
    }

    /**
     * @param method  HTTP method
     * @param fullUrl the URL the client signed (scheme, host, port, path, query)
     * @param header  header look-up by name, ignoring case; null when absent
     * @param body    exact body bytes
     */
    public Authentication authenticate(String method, String fullUrl, Function<String, String> header, byte[] body) {
        Optional<Participant> caller = identify(header.apply(API_KEY_HEADER));
        if (caller.isEmpty()) {
            return new Authentication.Rejected(HttpStatus.UNAUTHORIZED, null,
                    header.apply(API_KEY_HEADER) == null ? API_KEY_HEADER + " is missing" : "unknown " + API_KEY_HEADER);
        }
        return authenticate(caller.get(), method, fullUrl, header, body);
    }

    /**
     * The signature check for a caller already identified by its API key (with {@link #identify}).
     *
     * @param participant the API key's participant
     */
    public Authentication authenticate(Participant participant, String method, String fullUrl,
                                       Function<String, String> header, byte[] body) {
        if (participant.signingCertificate() == null) {
            return signatureRejected("no signing certificate is registered for " + participant.dipId());
        }
        SignatureVerification verification = RegisteredSignatureVerifier.verify(participant.signingCertificate(),
                method, fullUrl, header, body, clock.instant(), properties.maxSignatureSkew());
        if (verification instanceof SignatureVerification.Invalid invalid) {
            return signatureRejected(invalid.detail());
        }
        return new Authentication.Authenticated(participant);
    }

    /** The participant an API key belongs to, without checking any signature. */
    public Optional<Participant> identify(String apiKey) {
        return registry.findByApiKey(apiKey);
    }

    /** The URL a client signed for this request: as received, or on the configured public base URL. */
    public String fullUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        String base = properties.publicBaseUrl() == null
                ? request.getRequestURL().toString()
                : properties.publicBaseUrl() + request.getRequestURI();
        return query == null ? base : base + '?' + query;
    }

    private static Authentication signatureRejected(String reason) {
        return new Authentication.Rejected(HttpStatus.FORBIDDEN, ResponseCode.RCP9999, reason);
    }
}
