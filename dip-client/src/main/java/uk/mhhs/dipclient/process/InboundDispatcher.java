package uk.mhhs.dipclient.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hands each received message to its {@link InboundHandler}, inside the caller's (inbox) transaction, so the state
 * change, the outgoing messages in the outbox and the inbox row commit together, once per D0.transactionID. The
 * handler runs under a savepoint: when it throws {@link Rejected} everything it wrote is undone, then its rejection
 * response is sent and the message is logged REJECTED with the code; otherwise ACCEPTED.
 *
 * <p>A service declares one {@code @DipPubListener} method for the interfaces it handles and calls
 * {@link #dispatch} from it.
 */
public class InboundDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(InboundDispatcher.class);

    private final Map<String, InboundHandler> handlers = new HashMap<>();
    private final TransactionTemplate savepoint;
    private final ProcessLog log;

    public InboundDispatcher(List<InboundHandler> handlers, PlatformTransactionManager transactions, ProcessLog log) {
        for (InboundHandler handler : handlers) {
            for (String id : handler.interfaces()) {
                InboundHandler previous = this.handlers.put(id, handler);
                if (previous != null) {
                    throw new IllegalStateException(id + " is handled by both " + previous.getClass().getName()
                            + " and " + handler.getClass().getName());
                }
            }
        }
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.log = log;
    }

    /** The interfaces some handler takes. */
    public Set<String> interfaces() {
        return Set.copyOf(handlers.keySet());
    }

    /** Handles one message (in the caller's transaction). */
    public void dispatch(Incoming message) {
        InboundHandler handler = handlers.get(message.interfaceId());
        if (handler == null) {
            log.received(message, ProcessLog.Status.REJECTED, List.of(),
                    "no process of this service handles " + message.interfaceId());
            LOG.warn("{} {} not handled: no process for it", message.interfaceId(), message.transactionId());
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> handler.handle(message));
            log.received(message, ProcessLog.Status.ACCEPTED, List.of(), null);
        } catch (Rejected rejection) {
            LOG.info("{} {} {} rejected: {} {}", message.interfaceId(), message.eventCode(),
                    message.transactionId(), rejection.code(), rejection.reason());
            handler.rejected(message, rejection);
            log.received(message, ProcessLog.Status.REJECTED, List.of(rejection.code()), rejection.reason());
        }
    }
}
