package uk.mhhs.mds.consumption;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CustomBlock of an IF-014: the rejected (or warned) IF-021's B044, B067 and B900 echoed as they came, so the data
 * service and the supplier see exactly which data the R0 codes are about.
 */
final class If014Messages {

    static final String REJECTED = "[ActivePowerRejected]";
    static final String DE_ENERGISED = "[ConsumptionOnDeEnergisedMPAN]";

    private If014Messages() {
    }

    static ObjectNode echo(JsonNode if021CustomBlock) {
        ObjectNode custom = JsonMapper.shared().createObjectNode();
        for (String block : new String[] {"B044", "B067", "B900"}) {
            JsonNode node = if021CustomBlock.path(block);
            if (!node.isMissingNode()) {
                custom.set(block, node.deepCopy());
            }
        }
        return custom;
    }
}
