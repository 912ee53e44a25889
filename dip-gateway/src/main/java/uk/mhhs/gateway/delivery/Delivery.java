package uk.mhhs.gateway.delivery;

import uk.mhhs.gateway.webhooks.Webhook;

import java.time.Instant;

/**
 * One message to push to one recipient's webhook, as claimed from the queue for an attempt.
 *
 * @param id the row id; within a queue (recipient, channel) lower ids go first
 * @param kind what is pushed
 * @param recipientId the recipient's DIP ID
 * @param channel the queue's channel: interface ID, or {@link Webhook#STATUS}
 * @param transactionId the PUB (kinds PUB and REQUEUE)
 * @param statusMessageId the status message (kind STATUS)
 * @param attempts attempts made before this one
 * @param createdAt when it was queued (the message published to the recipient), where its latency starts
 */
public record Delivery(long id, Kind kind, String recipientId, String channel, String transactionId,
        Long statusMessageId, int attempts, Instant createdAt) {

    /** What a delivery pushes. */
    public enum Kind {
        /** A PUB as published, to a recipient in its A0. */
        PUB,
        /** A PUB pushed again at the recipient's request; its D0.replayIndicator is true. */
        REQUEUE,
        /** A status message (StandardResponseArray) for a status webhook. */
        STATUS
    }

    /** Where a delivery stands. */
    public enum State {
        /** Waiting for its first attempt or for a retry. */
        PENDING,
        /** The webhook answered 2xx. */
        DELIVERED,
        /** The webhook answered a status that is not retried (4xx other than 408/429, 505, 3xx). */
        REJECTED,
        /** Retryable failures until the attempts ran out. */
        FAILED,
        /** No webhook was registered; kept for replay and requeue. */
        NO_WEBHOOK
    }
}
