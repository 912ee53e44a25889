package uk.mhhs.testsupport.dip;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A PUB as the DIP delivers it on {@code dip.pub.<nnn>}: {@code {"payload":{"CommonBlock":{S0, S1, A0, M0, D0},
 * "CustomBlock": …}}}, for tests that play the gateway's part towards a service. JDK only.
 *
 * <pre>
 * byte[] value = Pubs.delivered("IF-036", "[DSAppActive]", "9900000002", "REGS", List.of(US), mpan, "2300000004",
 *         "_C", custom.toString(), "T-IF-036-1").getBytes(UTF_8);
 * </pre>
 */
public final class Pubs {

    private Pubs() {
    }

    /**
     * @param mpan        M0.MPANCore, or {@code null} for an interface without M0 (then distributor and GSP group
     *                    are ignored)
     * @param customJson  the CustomBlock as JSON text
     */
    public static String delivered(String interfaceId, String eventCode, String senderDipId, String senderRole,
                                   List<String> recipients, String mpan, String distributorDipId, String gspGroup,
                                   String customJson, String transactionId) {
        String m0 = mpan == null ? "" : ",\"M0\":{\"MPANCore\":\"" + mpan + "\",\"distributorDIPID\":"
                + quote(distributorDipId) + ",\"GSPGroupID\":" + quote(gspGroup) + "}";
        return "{\"payload\":{\"CommonBlock\":{"
                + "\"S0\":{\"interfaceID\":\"" + interfaceId + "\",\"schemaVersion\":\"011\",\"eventCode\":\""
                + eventCode + "\"},"
                + "\"S1\":{\"environmentTag\":\"PRD\",\"subText\":null,\"senderUniqueReference\":\"S-" + interfaceId
                + "-" + senderDipId + "-" + senderRole + "-20261201-" + Integer.toHexString(transactionId.hashCode())
                + "\",\"senderTimestamp\":\"2026-12-01T09:00:00+00:00\",\"senderDIPID\":\"" + senderDipId
                + "\",\"senderRoleID\":\"" + senderRole + "\",\"senderCorrelationID\":null,"
                + "\"DIPConnectionProviderID\":null},"
                + "\"A0\":{\"primaryRecipients\":[" + recipients.stream().map(Pubs::quote)
                .collect(Collectors.joining(",")) + "],\"secondaryRecipients\":[],\"always\":[]}"
                + m0
                + ",\"D0\":{\"transactionID\":\"" + transactionId + "\",\"transactionTimestamp\":"
                + "\"2026-12-01T09:00:01+00:00\",\"publicationID\":\"PUB-" + interfaceId.substring(3)
                + "\",\"initialCorrelationID\":null,\"replayIndicator\":false,\"serviceTicketURL\":null}},"
                + "\"CustomBlock\":" + customJson + "}}";
    }

    private static String quote(String text) {
        return text == null ? "null" : '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
