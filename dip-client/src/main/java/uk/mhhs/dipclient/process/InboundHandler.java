package uk.mhhs.dipclient.process;

import java.util.Set;

/**
 * One process's handling of the interfaces it receives. {@link #handle} checks the message against the service's
 * state and either applies it (state changes, outgoing messages, scheduled steps; all in the inbox transaction) or
 * throws {@link Rejected}; the {@link InboundDispatcher} then undoes whatever {@code handle} wrote and calls
 * {@link #rejected}, which sends the rejection response (if the interface has one).
 */
public interface InboundHandler {

    /** The interfaces handled, e.g. {@code IF-031}. */
    Set<String> interfaces();

    void handle(Incoming message);

    /** Sends the rejection response, if the interface has one; by default nothing is sent. */
    default void rejected(Incoming message, Rejected rejection) {
    }
}
