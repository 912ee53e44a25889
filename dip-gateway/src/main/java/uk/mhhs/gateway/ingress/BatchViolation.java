package uk.mhhs.gateway.ingress;

import uk.mhhs.common.validation.Violation;

/**
 * A violation of one message of a batch.
 *
 * @param index     the message's position in the batch, from 0; -1 when the batch itself is wrong (e.g. not JSON)
 * @param facts     the message's envelope fields, as far as they could be read
 * @param violation what is wrong
 */
record BatchViolation(int index, MessageFacts facts, Violation violation) {
}
