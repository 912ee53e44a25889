package uk.mhhs.tools.catalogue;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One payload variant of a DIP channel: the JSON Schema of the {@code payload} object and the facts read
 * from its CommonBlock. A variant can serve several events (its {@code S0.eventCode} enum).
 *
 * @param schemaName     resource name without {@code .json}, e.g. {@code IF-021-ActivePower}
 * @param specName       the component name in the spec, e.g. {@code IF-021-Payload}
 * @param interfaceId    {@code S0.interfaceID}, e.g. {@code IF-021}
 * @param events         {@code S0.eventCode} enum, brackets kept as on the wire
 * @param schemaVersions {@code S0.schemaVersion} enum
 * @param commonBlocks   the blocks the CommonBlock declares (S0, S1, A0, D0, M0, ...)
 * @param requiredBlocks the blocks the CommonBlock requires
 * @param schema         the converted, self-contained JSON Schema
 */
record ChannelVariant(String schemaName, String specName, String interfaceId, List<String> events,
                      List<String> schemaVersions, List<String> commonBlocks, List<String> requiredBlocks,
                      ObjectNode schema) {

    /** Reads the facts of a converted variant schema. */
    static ChannelVariant of(String specName, ObjectNode schema) {
        JsonNode commonBlock = schema.path("properties").path("CommonBlock");
        JsonNode s0 = commonBlock.path("properties").path("S0").path("properties");
        String interfaceId = single(specName, s0.path("interfaceID").path("enum"));
        List<String> events = strings(s0.path("eventCode").path("enum"));
        List<String> versions = strings(s0.path("schemaVersion").path("enum"));
        if (events.isEmpty() || versions.isEmpty()) {
            throw new IllegalArgumentException(specName + " has no S0.eventCode or S0.schemaVersion enum");
        }
        String schemaName = specName.endsWith("-Payload")
                ? interfaceId + "-" + events.get(0).replace("[", "").replace("]", "")
                : specName;
        return new ChannelVariant(schemaName, specName, interfaceId, events, versions,
                new ArrayList<>(commonBlock.path("properties").propertyNames()),
                strings(commonBlock.path("required")), schema);
    }

    String resourceName() {
        return schemaName + ".json";
    }

    private static String single(String specName, JsonNode values) {
        List<String> all = strings(values);
        if (all.size() != 1) {
            throw new IllegalArgumentException(specName + " must fix S0.interfaceID to one value: " + all);
        }
        return all.get(0);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> {
            if (value.isString()) {
                values.add(value.stringValue());
            }
        });
        return values;
    }
}
