package uk.mhhs.tools.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One channel as written to {@code interfaces.json}: the spec's variants merged with DES138's routing.
 */
final class CatalogueEntry {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SpecChannels.Channel channel;
    private final Optional<Des138Routing.Routing> routing;

    CatalogueEntry(SpecChannels.Channel channel, Optional<Des138Routing.Routing> routing) {
        this.channel = channel;
        this.routing = routing;
    }

    /** {@code PUB-021} for {@code IF-021}; ECS reports keep their own id as publication id (DT-983). */
    static String publicationId(String interfaceId) {
        return interfaceId.startsWith("IF-") ? "PUB-" + interfaceId.substring(3) : interfaceId;
    }

    /**
     * The variant that validates an event: the one named after it ({@code IF-020-RelatedAdd} for
     * {@code [RelatedAdd]}, although {@code IF-020-RelatedCreate} lists it too), else the first listing it.
     */
    static ChannelVariant variantFor(String event, List<ChannelVariant> variants) {
        String namedAfter = variants.get(0).interfaceId() + "-" + event.replace("[", "").replace("]", "");
        return variants.stream().filter(v -> v.schemaName().equals(namedAfter)).findFirst()
                .orElseGet(() -> variants.stream().filter(v -> v.events().contains(event)).findFirst()
                        .orElseThrow());
    }

    ObjectNode toJson() {
        List<ChannelVariant> variants = channel.variants();
        ObjectNode json = JSON.objectNode();
        json.put("id", channel.interfaceId());
        json.put("publicationId", publicationId(channel.interfaceId()));
        json.put("name", routing.map(Des138Routing.Routing::name).orElse(null));
        List<String> events = union(variants, ChannelVariant::events);
        strings(json, "events", events);
        strings(json, "schemaVersions", union(variants, ChannelVariant::schemaVersions));
        strings(json, "senderRoles", routing.map(Des138Routing.Routing::senderRoles).orElse(List.of()));
        strings(json, "recipientRoles", routing.map(Des138Routing.Routing::recipientRoles).orElse(List.of()));
        json.put("routingKnown", routing.isPresent());
        json.put("m0Required", variants.stream().allMatch(v -> v.requiredBlocks().contains("M0")));
        json.put("m1", variants.stream().anyMatch(v -> v.commonBlocks().contains("M1")));
        json.put("r0", variants.stream().anyMatch(v -> v.commonBlocks().contains("R0")));
        ObjectNode eventSchemas = json.putObject("eventSchemas");
        events.forEach(event -> eventSchemas.put(event, variantFor(event, variants).resourceName()));
        ArrayNode variantList = json.putArray("variants");
        for (ChannelVariant variant : variants) {
            ObjectNode v = variantList.addObject();
            v.put("schema", variant.resourceName());
            v.put("specName", variant.specName());
            strings(v, "events", variant.events());
        }
        return json;
    }

    private static List<String> union(List<ChannelVariant> variants,
                                      Function<ChannelVariant, List<String>> values) {
        Set<String> all = new LinkedHashSet<>();
        variants.forEach(variant -> all.addAll(values.apply(variant)));
        return new ArrayList<>(all);
    }

    private static void strings(ObjectNode json, String field, List<String> values) {
        ArrayNode array = json.putArray(field);
        values.forEach(array::add);
    }

    /** Schema resource name to schema, for writing the files. */
    Map<String, ObjectNode> schemas() {
        Map<String, ObjectNode> schemas = new LinkedHashMap<>();
        channel.variants().forEach(variant -> schemas.put(variant.resourceName(), variant.schema()));
        return schemas;
    }
}
