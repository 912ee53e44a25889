package uk.mhhs.gateway.routing;

import java.util.List;
import uk.mhhs.common.catalogue.InterfaceDefinition;

/**
 * What routing needs to know about one accepted message.
 *
 * @param channel           the interface
 * @param eventCode         {@code S0.eventCode}
 * @param senderDipId       {@code S1.senderDIPID}
 * @param senderRole        {@code S1.senderRoleID}
 * @param mpanCore          {@code M0.MPANCore} or {@code M1.principalMPAN}; null when the message has neither
 * @param distributorDipId  {@code M0/M1.distributorDIPID}, or null
 * @param primaryRecipients {@code A0.primaryRecipients} as sent (empty if no A0)
 */
public record RoutingRequest(InterfaceDefinition channel, String eventCode, String senderDipId, String senderRole,
                             String mpanCore, String distributorDipId, List<String> primaryRecipients) {

    public RoutingRequest {
        primaryRecipients = List.copyOf(primaryRecipients);
    }
}
