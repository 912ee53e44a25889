package uk.mhhs.gateway.delivery;

import java.time.Instant;
import java.util.List;

/**
 * One PUB as the gateway published it on {@code dip.pub.<nnn>}: the payload (with D0 and the resolved
 * A0) and the fields replay filters on.
 *
 * @param transactionId {@code D0.transactionID}, unique per PUB
 * @param channel {@code S0.interfaceID}, e.g. {@code IF-021}: the channel webhooks are registered on
 * @param publicationId {@code D0.publicationID}, e.g. {@code PUB-021}
 * @param eventCode {@code S0.eventCode}, e.g. {@code [ActivePower]}
 * @param schemaVersion {@code S0.schemaVersion}
 * @param mpanCore {@code M0.MPANCore} (or {@code M1.principalMPAN}); null for non-MPAN interfaces
 * @param senderDipId {@code S1.senderDIPID}, to whom recipients' status messages go back
 * @param transactionTimestamp {@code D0.transactionTimestamp}
 * @param recipients primary, secondary and always recipients, each once, in that order
 * @param payloadJson the payload object as UTF-8 JSON text
 */
public record Publication(String transactionId, String channel, String publicationId, String eventCode,
        String schemaVersion, String mpanCore, String senderDipId, Instant transactionTimestamp,
        List<String> recipients, String payloadJson) {

    public Publication {
        recipients = List.copyOf(recipients);
    }
}
