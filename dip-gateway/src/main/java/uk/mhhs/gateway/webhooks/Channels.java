package uk.mhhs.gateway.webhooks;

import uk.mhhs.gateway.web.ApiRefusal;

import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.common.catalogue.InterfaceDefinition;
import uk.mhhs.common.codes.ResponseCode;

/** Checks the channel of the path of the channel endpoints. */
public final class Channels {

    private Channels() {
    }

    /**
     * @param id the {@code {id}} of the path, any case
     * @return the channel's interface ID as the catalogue spells it, e.g. {@code IF-021}
     * @throws ApiRefusal 400 MSG1002 if there is no such channel
     */
    public static String channel(String id, String callerDipId) {
        return InterfaceCatalogue.standard().find(id).map(InterfaceDefinition::id)
                .orElseThrow(() -> ApiRefusal.badRequest(ResponseCode.MSG1002, "no DIP channel " + id, callerDipId));
    }
}
