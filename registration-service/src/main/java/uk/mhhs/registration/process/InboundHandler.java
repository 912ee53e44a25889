package uk.mhhs.registration.process;

import java.util.Set;

/**
 * One registration process's handling of the interfaces it receives. {@link #handle} checks the message against
 * the register and either applies it (register changes, outgoing messages, scheduled steps; all in the inbox
 * transaction) or throws {@link Rejected}; the dispatcher then undoes whatever {@code handle} wrote and calls
 * {@link #rejected}, which sends the rejection response (if the interface has one).
 */
public interface InboundHandler {

    /** The interfaces handled, e.g. {@code IF-031}. */
    Set<String> interfaces();

    void handle(Incoming message);

    void rejected(Incoming message, Rejected rejection);
}
