package uk.mhhs.gateway.ingress;

import tools.jackson.databind.JsonNode;
import uk.mhhs.common.catalogue.InterfaceDefinition;

/**
 * A message that passed level-1 validation.
 *
 * @param index            position in the batch, from 0
 * @param channel          its interface
 * @param facts            its envelope fields
 * @param canonicalPayload the payload in official key spelling
 */
record CheckedMessage(int index, InterfaceDefinition channel, MessageFacts facts, JsonNode canonicalPayload) {
}
