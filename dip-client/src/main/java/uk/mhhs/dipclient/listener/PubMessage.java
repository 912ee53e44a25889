package uk.mhhs.dipclient.listener;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.envelope.Payload;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A PUB message as delivered on {@code dip.pub.<nnn>}: the record value is one DIP message
 * {@code {"payload":{"CommonBlock":{…,"D0":{…}},"CustomBlock":{…}}}} (a bare payload object is accepted
 * too).
 *
 * @param transactionID the DIP's {@code D0.transactionID}: the inbox key
 * @param publicationID {@code D0.publicationID}, e.g. {@code PUB-021}
 * @param interfaceID   {@code S0.interfaceID}, e.g. {@code IF-021}
 * @param eventCode     {@code S0.eventCode}, e.g. {@code [ActivePower]}
 * @param mpan          {@code M0.MPANCore}, or {@code M1.principalMPAN}; {@code null} if neither
 * @param payload       the {@code payload} object (CommonBlock and CustomBlock)
 * @param raw           the record value as received (not copied; do not modify)
 * @param recipients    DIP IDs of {@code A0} primary, secondary and always recipients, in that order,
 *                      without repeats
 */
public record PubMessage(String transactionID, String publicationID, String interfaceID, String eventCode,
                         String mpan, JsonNode payload, byte[] raw, List<String> recipients) {

    public PubMessage {
        recipients = List.copyOf(recipients);
    }

    /**
     * Parses a record value.
     *
     * @throws UnreadablePubMessageException if it is not JSON, has no CommonBlock or no D0.transactionID
     */
    public static PubMessage parse(byte[] raw) {
        if (raw == null) {
            throw new UnreadablePubMessageException("PUB record has no value");
        }
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(raw);
        } catch (JacksonException e) {
            throw new UnreadablePubMessageException("PUB record is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode payload = root != null && root.path("payload").isObject() ? root.get("payload") : root;
        JsonNode common = payload == null ? null : payload.get("CommonBlock");
        if (common == null || !common.isObject()) {
            throw new UnreadablePubMessageException("PUB record has no payload.CommonBlock");
        }
        String transactionId = text(common.path("D0").get("transactionID"));
        if (transactionId == null || transactionId.isBlank()) {
            throw new UnreadablePubMessageException("PUB record has no CommonBlock.D0.transactionID");
        }
        JsonNode s0 = common.path("S0");
        String mpan = text(common.path("M0").get("MPANCore"));
        return new PubMessage(transactionId, text(common.path("D0").get("publicationID")),
                text(s0.get("interfaceID")), text(s0.get("eventCode")),
                mpan != null ? mpan : text(common.path("M1").get("principalMPAN")),
                payload, raw, recipients(common.path("A0")));
    }

    /** Whether {@code dipId} is among the recipients. */
    public boolean isAddressedTo(String dipId) {
        return recipients.contains(dipId);
    }

    /** {@code payload.CommonBlock}. */
    public JsonNode commonBlock() {
        return payload.path("CommonBlock");
    }

    /** {@code payload.CustomBlock}; a missing node if absent. */
    public JsonNode customBlock() {
        return payload.path("CustomBlock");
    }

    /** The payload as common-model's envelope record. */
    public Payload envelope() {
        return Envelopes.mapper().treeToValue(payload, Payload.class);
    }

    private static List<String> recipients(JsonNode a0) {
        Set<String> ids = new LinkedHashSet<>();
        for (String key : List.of("primaryRecipients", "secondaryRecipients", "always")) {
            JsonNode list = a0.path(key);
            if (list.isArray()) {
                list.values().forEach(id -> {
                    if (id.isString()) {
                        ids.add(id.stringValue());
                    }
                });
            }
        }
        return new ArrayList<>(ids);
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}
