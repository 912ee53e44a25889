package uk.mhhs.gateway.ingress;

/**
 * A message made durable (or found already durable, for a redelivered Kafka submission).
 *
 * @param index         position in its batch
 * @param facts         its envelope fields
 * @param transactionId its DIP transaction ID
 * @param redelivered   whether it had been accepted before (a redelivered submission; not published again)
 */
record AcceptedMessage(int index, MessageFacts facts, String transactionId, boolean redelivered) {
}
