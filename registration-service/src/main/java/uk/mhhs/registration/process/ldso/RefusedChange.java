package uk.mhhs.registration.process.ldso;

import org.springframework.http.HttpStatus;
import uk.mhhs.registration.RegError;

/**
 * An operator change request REGS refuses, with the HTTP status to answer (400 a value that is not valid at all, 404
 * an MPAN the register does not hold, 422 a valid value that the register or ISD contradicts), the REG code and
 * what exactly was wrong. Thrown before anything is written (and the change's transaction rolls back anyway).
 */
public final class RefusedChange extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public RefusedChange(HttpStatus status, String code, String reason) {
        super(reason);
        this.status = status;
        this.code = code;
    }

    public static RefusedChange invalid(String code, String reason) {
        return new RefusedChange(HttpStatus.BAD_REQUEST, code, reason);
    }

    public static RefusedChange inconsistent(String code, String reason) {
        return new RefusedChange(HttpStatus.UNPROCESSABLE_CONTENT, code, reason);
    }

    public HttpStatus status() {
        return status;
    }

    /** The error body: code, official wording, reason. */
    public RegError error() {
        return RegError.of(code, getMessage());
    }
}
