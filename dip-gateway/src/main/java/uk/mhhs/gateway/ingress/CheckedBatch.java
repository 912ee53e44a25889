package uk.mhhs.gateway.ingress;

import java.util.List;

/**
 * The outcome of level-1 validation of a batch: accepted whole (no violations) or rejected whole.
 *
 * @param size       number of messages in the batch (0 if it could not be read)
 * @param messages   the messages, when there are no violations
 * @param violations every violation found, in message order
 */
record CheckedBatch(int size, List<CheckedMessage> messages, List<BatchViolation> violations) {

    CheckedBatch {
        messages = List.copyOf(messages);
        violations = List.copyOf(violations);
    }

    boolean valid() {
        return violations.isEmpty();
    }
}
