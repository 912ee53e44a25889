package uk.mhhs.tools.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Who sends which interface to whom, from the DES138 interface catalogue ({@code interfaces[]}, whose
 * {@code id} reads {@code "IF-001/PUB-001"} and whose {@code sender}/{@code receiver} are prose).
 */
final class Des138Routing {

    /** The routing of one interface. */
    record Routing(String interfaceId, String name, List<String> senderRoles, List<String> recipientRoles) {
    }

    private final Map<String, Routing> byInterface = new LinkedHashMap<>();

    Des138Routing(JsonNode des138) {
        JsonNode interfaces = des138.path("interfaces");
        if (interfaces.isEmpty()) {
            throw new IllegalArgumentException("DES138 catalogue has no interfaces[]");
        }
        for (JsonNode entry : interfaces) {
            String interfaceId = entry.path("id").asString().split("/")[0].trim();
            byInterface.put(interfaceId, new Routing(interfaceId,
                    entry.path("name").asString().trim(),
                    RoleProse.rolesIn(entry.path("sender").asString()),
                    RoleProse.rolesIn(entry.path("receiver").asString())));
        }
    }

    Optional<Routing> of(String interfaceId) {
        return Optional.ofNullable(byInterface.get(interfaceId));
    }
}
