package uk.mhhs.registration.process;

import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.listener.DipPubListener;
import uk.mhhs.dipclient.listener.PubMessage;
import uk.mhhs.dipclient.process.InboundDispatcher;
import uk.mhhs.dipclient.process.Incoming;

/**
 * Receives the interfaces the registration processes act on (consumer {@code registration-processes}) and hands
 * each message to the service kit's {@link InboundDispatcher}, inside the inbox transaction: the handler runs under
 * a savepoint, a rejection is undone and answered, and every message is logged in {@code process_message}.
 */
@Component
public class ProcessDispatcher {

    private final InboundDispatcher dispatcher;

    public ProcessDispatcher(InboundDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @DipPubListener(interfaces = {"IF-005", "IF-007", "IF-025", "IF-031", "IF-034", "IF-040"},
            consumer = "registration-processes")
    public void onMessage(PubMessage message) {
        dispatcher.dispatch(Incoming.of(message));
    }
}
