package uk.mhhs.lss.publication;

import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.lss.LssProperties;
import uk.mhhs.lss.shapes.StoredShape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a run's shapes as IF-022 [LSSPeriodData] and IF-023 [LSSTotalsData] through the kit's {@link Outbound}
 * (each validated against the spec before it enters the outbox), {@code categories-per-message} categories a message
 * so that none nears the broker's message size. Primary recipients are configured; the gateway adds every supplier
 * and data service by its role routing.
 */
@Component
public class ShapePublisher {

    private final Outbound outbound;
    private final List<String> recipients;
    private final int perMessage;

    public ShapePublisher(Outbound outbound, LssProperties properties) {
        this.outbound = outbound;
        this.recipients = properties.recipients();
        this.perMessage = properties.categoriesPerMessage();
    }

    /** @return how many messages of each interface were sent */
    public int publish(LocalDate date, List<StoredShape> shapes) {
        List<Outbound.Draft> drafts = new ArrayList<>();
        for (int from = 0; from < shapes.size(); from += perMessage) {
            List<StoredShape> chunk = shapes.subList(from, Math.min(shapes.size(), from + perMessage));
            drafts.add(new Outbound.Draft(null, "IF-022", "[LSSPeriodData]", recipients, null, null,
                    ShapeMessages.if022(date, chunk)));
            drafts.add(new Outbound.Draft(null, "IF-023", "[LSSTotalsData]", recipients, null, null,
                    ShapeMessages.if023(date, chunk)));
        }
        outbound.sendAll(drafts);
        return drafts.size() / 2;
    }
}
