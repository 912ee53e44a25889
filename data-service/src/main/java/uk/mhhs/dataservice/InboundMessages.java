package uk.mhhs.dataservice;

import org.springframework.stereotype.Component;
import uk.mhhs.dataservice.feedback.MdsFeedback;
import uk.mhhs.dipclient.listener.DipPubListener;
import uk.mhhs.dipclient.listener.PubMessage;
import uk.mhhs.dipclient.process.InboundDispatcher;
import uk.mhhs.dipclient.process.Incoming;

/**
 * The PUBs the data service acts on. Registration's messages, supplier advisories, amendments and load shapes go
 * through the kit's dispatcher (savepoint, rejection response, process log); IF-022/IF-023 are taken in by the kit's
 * {@code LoadShapeIntake} ({@code mhhs.load-shapes.enabled=true}). MDS's feedback is recorded as it comes.
 */
@Component
class InboundMessages {

    private final InboundDispatcher dispatcher;
    private final MdsFeedback feedback;

    InboundMessages(InboundDispatcher dispatcher, MdsFeedback feedback) {
        this.dispatcher = dispatcher;
        this.feedback = feedback;
    }

    @DipPubListener(interfaces = {"IF-006", "IF-008", "IF-018", "IF-022", "IF-023", "IF-024", "IF-026", "IF-027",
            "IF-036", "IF-037", "IF-041"}, consumer = "data-service-processes")
    void onMessage(PubMessage message) {
        dispatcher.dispatch(Incoming.of(message));
    }

    @DipPubListener(interfaces = {"IF-013", "IF-014"}, consumer = "data-service-mds-feedback")
    void onFeedback(PubMessage message) {
        feedback.record(message);
    }
}
