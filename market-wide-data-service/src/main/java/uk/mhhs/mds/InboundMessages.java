package uk.mhhs.mds;

import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.listener.DipPubListener;
import uk.mhhs.dipclient.listener.PubMessage;
import uk.mhhs.dipclient.process.InboundDispatcher;
import uk.mhhs.dipclient.process.Incoming;

/**
 * Registration's messages to MDS and LSS's load shapes (IF-022/IF-023, taken in by the kit's {@code LoadShapeIntake},
 * {@code mhhs.load-shapes.enabled=true}) go through the kit's dispatcher (IF-021 has its own batch listener).
 */
@Component
class InboundMessages {

    private final InboundDispatcher dispatcher;

    InboundMessages(InboundDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @DipPubListener(interfaces = {"IF-001", "IF-003", "IF-008", "IF-009", "IF-018", "IF-036", "IF-037", "IF-044"},
            consumer = "mds-registration")
    void onMessage(PubMessage message) {
        dispatcher.dispatch(Incoming.of(message));
    }

    @DipPubListener(interfaces = {"IF-022", "IF-023"}, consumer = "mds-load-shapes")
    void onLoadShapes(PubMessage message) {
        dispatcher.dispatch(Incoming.of(message));
    }
}
