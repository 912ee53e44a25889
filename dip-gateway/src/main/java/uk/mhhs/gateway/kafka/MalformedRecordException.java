package uk.mhhs.gateway.kafka;

/**
 * A record on {@code dip.pub.<nnn>} or {@code dip.status} that the gateway cannot deliver (not JSON, no D0,
 * no addressee); it goes to the dead-letter topic without retries.
 */
public class MalformedRecordException extends RuntimeException {

    public MalformedRecordException(String message) {
        super(message);
    }

    public MalformedRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
