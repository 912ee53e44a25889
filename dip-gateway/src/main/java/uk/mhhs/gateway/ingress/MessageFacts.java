package uk.mhhs.gateway.ingress;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The envelope fields ingress acts on, read from a canonical (official key spelling) payload. Any field may
 * be null when the message lacks it or has a non-string there; schema validation reports that.
 *
 * @param interfaceId           {@code S0.interfaceID}
 * @param eventCode             {@code S0.eventCode}
 * @param senderUniqueReference {@code S1.senderUniqueReference}
 * @param senderDipId           {@code S1.senderDIPID}
 * @param senderRole            {@code S1.senderRoleID}
 * @param correlationId         {@code S1.senderCorrelationID}
 * @param connectionProviderId  {@code S1.DIPConnectionProviderID}
 * @param mpanCore              {@code M0.MPANCore}, else {@code M1.principalMPAN}
 * @param distributorDipId      {@code M0.distributorDIPID}, else {@code M1.distributorDIPID}
 * @param primaryRecipients     {@code A0.primaryRecipients} (string elements only)
 */
record MessageFacts(String interfaceId, String eventCode, String senderUniqueReference, String senderDipId,
                    String senderRole, String correlationId, String connectionProviderId, String mpanCore,
                    String distributorDipId, List<String> primaryRecipients) {

    static final MessageFacts NONE = new MessageFacts(null, null, null, null, null, null, null, null, null,
            List.of());

    static MessageFacts of(JsonNode payload) {
        if (payload == null || !payload.isObject()) {
            return NONE;
        }
        JsonNode common = payload.path("CommonBlock");
        JsonNode s0 = common.path("S0");
        JsonNode s1 = common.path("S1");
        JsonNode m0 = common.path("M0");
        JsonNode m1 = common.path("M1");
        List<String> primary = new ArrayList<>();
        common.path("A0").path("primaryRecipients").forEach(id -> {
            if (id.isString()) {
                primary.add(id.stringValue());
            }
        });
        return new MessageFacts(text(s0, "interfaceID"), text(s0, "eventCode"), text(s1, "senderUniqueReference"),
                text(s1, "senderDIPID"), text(s1, "senderRoleID"), text(s1, "senderCorrelationID"),
                text(s1, "DIPConnectionProviderID"),
                firstNonNull(text(m0, "MPANCore"), text(m1, "principalMPAN")),
                firstNonNull(text(m0, "distributorDIPID"), text(m1, "distributorDIPID")), List.copyOf(primary));
    }

    private static String text(JsonNode block, String key) {
        JsonNode value = block.get(key);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
