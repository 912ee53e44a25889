package uk.mhhs.common.time;

/**
 * Thrown when a string is not a 25-character DIP timestamp such as {@code 2022-03-21T19:05:00+00:00}.
 */
public class InvalidDipTimestampException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong
     * @param cause the parse failure, or null
     */
    public InvalidDipTimestampException(String message, Throwable cause) {
        super(message, cause);
    }
}
