package uk.mhhs.gateway.web;

import org.springframework.http.HttpStatus;
import uk.mhhs.common.codes.ResponseCode;

/**
 * Thrown by the delivery-side endpoints to refuse a request; {@link DipResponses} turns it into the
 * status, with a StandardResponse body when there is a code to report (400), or none (401, 403).
 */
public class ApiRefusal extends RuntimeException {

    private final HttpStatus status;
    private final ResponseCode code;
    private final String recipientId;

    public ApiRefusal(HttpStatus status, ResponseCode code, String reason, String recipientId) {
        super(reason);
        this.status = status;
        this.code = code;
        this.recipientId = recipientId;
    }

    /** 400 with {@code code} and {@code reason} as help. */
    public static ApiRefusal badRequest(ResponseCode code, String reason, String callerDipId) {
        return new ApiRefusal(HttpStatus.BAD_REQUEST, code, reason, callerDipId);
    }

    public HttpStatus status() {
        return status;
    }

    /** The code for the body, or null for no body. */
    public ResponseCode code() {
        return code;
    }

    /** The DIP ID the response is for (the caller), if known. */
    public String recipientId() {
        return recipientId;
    }
}
