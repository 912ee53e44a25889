package uk.mhhs.gateway.ingress;

import java.util.List;

/** What became of a submitted batch: made durable whole, or rejected whole. */
sealed interface IngressResult {

    /** @param messages every message of the batch, with its transaction ID */
    record Accepted(List<AcceptedMessage> messages) implements IngressResult {
    }

    /**
     * @param violations every violation, in message order
     * @param batchSize  number of messages in the batch (0 if it could not be read)
     */
    record Rejected(List<BatchViolation> violations, int batchSize) implements IngressResult {

        List<String> codes() {
            return violations.stream().map(v -> v.violation().code().code()).distinct().toList();
        }
    }
}
