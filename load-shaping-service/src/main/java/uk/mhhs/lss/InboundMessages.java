package uk.mhhs.lss;

import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.listener.DipPubListener;
import uk.mhhs.dipclient.listener.PubMessage;
import uk.mhhs.dipclient.process.InboundDispatcher;
import uk.mhhs.dipclient.process.Incoming;

/** Registration's messages to LSS go through the kit's dispatcher (IF-021 has its own batch listener). */
@Component
class InboundMessages {

    private final InboundDispatcher dispatcher;

    InboundMessages(InboundDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @DipPubListener(interfaces = "IF-026", consumer = "lss-registration")
    void onMessage(PubMessage message) {
        dispatcher.dispatch(Incoming.of(message));
    }
}
