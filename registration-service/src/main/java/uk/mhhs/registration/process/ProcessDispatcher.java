package uk.mhhs.registration.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.dipclient.listener.DipPubListener;
import uk.mhhs.dipclient.listener.PubMessage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Receives the interfaces the registration processes act on and hands each message to its
 * {@link InboundHandler}, inside the inbox transaction (so the register change, the outgoing messages in the
 * outbox and the inbox row commit together, once per D0.transactionID). The handler runs under a savepoint: when
 * it throws {@link Rejected} everything it wrote is undone, then its rejection response is sent, and the message
 * is logged REJECTED with the code; otherwise ACCEPTED.
 */
@Component
public class ProcessDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessDispatcher.class);

    private final Map<String, InboundHandler> handlers = new HashMap<>();
    private final TransactionTemplate savepoint;
    private final ProcessLog log;

    public ProcessDispatcher(List<InboundHandler> handlers, PlatformTransactionManager transactions,
                             ProcessLog log) {
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

    @DipPubListener(interfaces = {"IF-005", "IF-007", "IF-025", "IF-031", "IF-034", "IF-040"},
            consumer = "registration-processes")
    public void onMessage(PubMessage message) {
        dispatch(Incoming.of(message));
    }

    /** Handles one message (in the caller's transaction). */
    public void dispatch(Incoming message) {
        InboundHandler handler = handlers.get(message.interfaceId());
        if (handler == null) {
            log.received(message, "REJECTED", List.of(), "no registration process handles " + message.interfaceId());
            LOG.warn("{} {} not handled: no registration process for it", message.interfaceId(),
                    message.transactionId());
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> handler.handle(message));
            log.received(message, "ACCEPTED", List.of(), null);
        } catch (Rejected rejection) {
            LOG.info("{} {} {} rejected: {} {}", message.interfaceId(), message.eventCode(),
                    message.transactionId(), rejection.code(), rejection.reason());
            handler.rejected(message, rejection);
            log.received(message, "REJECTED", List.of(rejection.code()), rejection.reason());
        }
    }
}
