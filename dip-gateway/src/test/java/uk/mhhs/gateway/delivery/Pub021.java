package uk.mhhs.gateway.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.testsupport.dip.If021Message;

/**
 * PUB-021s as the gateway's ingress publishes them on {@code dip.pub.021}: a valid IF-021 (test-support's
 * {@link If021Message}) with D0 added and A0 filled.
 */
public final class Pub021 {

    public static final String SENDER = "1401234567";

    private Pub021() {
    }

    /**
     * @param recipients the first as primary recipient, the rest as always recipients
     * @return the payload object
     */
    public static ObjectNode pub(String transactionId, Instant transactionTimestamp, String mpan,
            List<String> recipients) {
        return pub(SENDER, transactionId, transactionTimestamp, mpan, recipients);
    }

    /** As {@link #pub(String, Instant, String, List)}, sent by {@code sender}. */
    public static ObjectNode pub(String sender, String transactionId, Instant transactionTimestamp, String mpan,
            List<String> recipients) {
        String message = If021Message.from(sender).mpanCore(mpan).primaryRecipients(recipients.subList(0, 1))
                .toPayloadJson();
        ObjectNode payload = (ObjectNode) Envelopes.mapper().readTree(message);
        ObjectNode common = (ObjectNode) payload.get("CommonBlock");
        ArrayNode always = ((ObjectNode) common.get("A0")).putArray("always");
        recipients.subList(1, recipients.size()).forEach(always::add);
        common.putObject("D0").put("transactionID", transactionId)
                .put("transactionTimestamp", DipTimestamps.format(transactionTimestamp))
                .put("publicationID", "PUB-021")
                .put("initialCorrelationID", common.path("S1").path("senderCorrelationID").asString())
                .put("replayIndicator", false)
                .putNull("serviceTicketURL");
        return payload;
    }

    /** A fresh transaction ID in the DIP's layout (65 characters). */
    public static String newTransactionId() {
        return "T-IF-021-" + SENDER + "-SDS-20261102-" + UUID.randomUUID().toString().replace("-", "");
    }

    /** {@code {"payload": ...}}, the record value on {@code dip.pub.021}. */
    public static byte[] record(ObjectNode payload) {
        ObjectNode message = Envelopes.mapper().createObjectNode();
        message.set("payload", payload);
        return Envelopes.mapper().writeValueAsBytes(message);
    }
}
