package uk.mhhs.gateway.web;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import uk.mhhs.common.codes.ResponseCode;

/**
 * What a sent body must be before an endpoint looks further (signature, archive, parsing): present, and declared as
 * JSON. These are the client's mistakes, so they are answered as such (400, 415) rather than as a signature failure
 * or a parse error. The DIP has no code of its own for either; MSG1001 (Schema Failure) is the one it gives for a
 * body that is not what the endpoint takes.
 */
public final class BodyShape {

    public static final ResponseCode CODE = ResponseCode.MSG1001;

    /** Why the body is refused, and with which status. */
    public record Refusal(HttpStatus status, String reason) {
    }

    private BodyShape() {
    }

    /**
     * @param contentType the request's Content-Type header, or null
     * @param body        the body as read
     * @param expected    what the endpoint takes, for the message: e.g. {@code a JSON array of messages}
     * @return the refusal, or empty when the body may be looked at
     */
    public static Optional<Refusal> check(String contentType, byte[] body, String expected) {
        // An empty body is checked first: with nothing sent, "no body" says more than a complaint about its type.
        if (body == null || body.length == 0) {
            return Optional.of(new Refusal(HttpStatus.BAD_REQUEST,
                    "the request has no body; " + expected + " is required"));
        }
        if (!isJson(contentType)) {
            return Optional.of(new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                    + (contentType == null || contentType.isBlank() ? "(none)" : contentType.trim())
                    + " is not supported; send application/json"));
        }
        return Optional.empty();
    }

    // Parameters such as charset are allowed: the spec only fixes the type.
    private static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
