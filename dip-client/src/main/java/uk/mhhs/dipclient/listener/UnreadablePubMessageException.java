package uk.mhhs.dipclient.listener;

/**
 * A PUB record that is not a DIP message with a {@code D0.transactionID}: retrying cannot help, so it goes
 * straight to the dead-letter topic.
 */
public class UnreadablePubMessageException extends RuntimeException {

    public UnreadablePubMessageException(String message) {
        super(message);
    }

    public UnreadablePubMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
