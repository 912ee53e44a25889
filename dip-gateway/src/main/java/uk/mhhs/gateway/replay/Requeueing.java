package uk.mhhs.gateway.replay;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.mhhs.gateway.delivery.Delivery;
import uk.mhhs.gateway.delivery.DeliveryQueue;

/**
 * Queues a recipient's matching PUBs again for its webhook, as new {@code REQUEUE} deliveries behind
 * whatever is already queued for it on the channel; they go out with {@code D0.replayIndicator} true.
 */
@Service
public class Requeueing {

    private final PublicationHistory history;
    private final DeliveryQueue queue;
    private final Clock clock;

    Requeueing(PublicationHistory history, DeliveryQueue queue, ObjectProvider<Clock> clock) {
        this.history = history;
        this.queue = queue;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * @param limit most PUBs to queue
     * @return how many were queued
     */
    @Transactional
    public int requeue(String recipientId, String channel, PublicationFilter filter, int limit) {
        Instant now = clock.instant();
        List<String> transactionIds = history.findTransactionIds(recipientId, channel, filter, limit);
        transactionIds.forEach(transactionId -> queue.enqueuePublication(Delivery.Kind.REQUEUE, recipientId, channel,
                transactionId, Delivery.State.PENDING, now));
        return transactionIds.size();
    }
}
