package uk.mhhs.vas.inputs;

/** A run's inputs could not be had; the message says which and why, and becomes the failed run's reason. */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
