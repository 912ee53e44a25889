package uk.mhhs.gateway.ingress;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.gateway.web.BodyShape;

/**
 * {@link BodyShape} for {@code POST /dip-channel/{id}}: a body that is there and declared as JSON, else 400 / 415
 * with MSG1001, before the signature and the archive.
 */
final class PayloadShape {

    static final ResponseCode CODE = BodyShape.CODE;

    /** Why the body is refused, and with which status. */
    record Refusal(HttpStatus status, String reason) {
    }

    private PayloadShape() {
    }

    /**
     * @param contentType the request's Content-Type header, or null
     * @param body        the body as read
     * @return the refusal, or empty when the body may be looked at
     */
    static Optional<Refusal> check(String contentType, byte[] body) {
        return BodyShape.check(contentType, body, "a JSON array of messages")
                .map(refusal -> new Refusal(refusal.status(), refusal.reason()));
    }
}
