package uk.mhhs.dipclient.process;

import tools.jackson.databind.JsonNode;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.dipclient.listener.PubMessage;

/**
 * A PUB message a service's processes received, with the parts they use.
 *
 * @param transactionId D0.transactionID
 * @param interfaceId   e.g. {@code IF-031}
 * @param eventCode     e.g. {@code [MSApp]}
 * @param mpanCore      M0.MPANCore as sent (not yet checked)
 * @param senderDipId   S1.senderDIPID
 * @param senderRole    S1.senderRoleID
 * @param m0            the M0 block as sent (echoed in responses); a missing node if absent
 * @param custom        the CustomBlock
 */
public record Incoming(String transactionId, String interfaceId, String eventCode, String mpanCore,
                       String senderDipId, String senderRole, JsonNode m0, JsonNode custom) {

    public static Incoming of(PubMessage message) {
        JsonNode common = message.payload().path("CommonBlock");
        JsonNode s1 = common.path("S1");
        return new Incoming(message.transactionID(), message.interfaceID(), message.eventCode(), message.mpan(),
                s1.path("senderDIPID").asString(null), s1.path("senderRoleID").asString(null), common.path("M0"),
                message.payload().path("CustomBlock"));
    }

    /** The event code without brackets: {@code MSApp}. */
    public String event() {
        return eventCode == null ? "" : eventCode.replace("[", "").replace("]", "");
    }

    /**
     * M0.MPANCore as a number.
     *
     * @param code the rejection code when it is missing or not 13 digits (e.g. {@code MSG1001}, the schema code)
     * @throws Rejected naming the value sent
     */
    public long mpanCoreOrReject(String code) {
        if (mpanCore == null || mpanCore.length() != 13 || !mpanCore.chars().allMatch(Character::isDigit)) {
            throw new Rejected(code, "M0.MPANCore is missing or not 13 digits: " + mpanCore);
        }
        return Long.parseLong(mpanCore);
    }

    /** The M0 block as the sender sent it, for a response about an MPAN the service may not hold. */
    public M0 m0AsSent() {
        return new M0(m0.path("MPANCore").asString(null),
                m0.path("distributorDIPID").asString(null), m0.path("GSPGroupID").asString(null));
    }

    /** {@code custom.<block>.<field>} as text, {@code null} if absent or JSON null. */
    public String text(String block, String field) {
        JsonNode node = custom.path(block).path(field);
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }
}
