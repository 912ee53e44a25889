package uk.mhhs.tools.catalogue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an OpenAPI 3.0 schema of the DIP spec into a self-contained JSON Schema (draft 2020-12).
 *
 * <ul>
 *   <li>every {@code $ref} is inlined, so each output schema stands alone;</li>
 *   <li>{@code nullable: true} becomes {@code type: [t, "null"]} (and {@code null} joins an {@code enum});</li>
 *   <li>prose ({@code description}, {@code example}, {@code title}, {@code externalDocs}) is dropped: only facts
 *       that validate (names, types, patterns, enums, bounds, required, additionalProperties) are carried;</li>
 *   <li>any keyword this converter does not know stops the generator, so a spec change cannot slip through
 *       half-converted.</li>
 * </ul>
 */
final class OpenApiSchemaConverter {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final Set<String> PROSE = Set.of(
            "description", "example", "examples", "title", "externalDocs", "deprecated", "xml");
    private static final Set<String> COPIED_AS_IS = Set.of(
            "enum", "pattern", "format", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems",
            "minimum", "maximum", "multipleOf", "minProperties", "maxProperties", "required");
    private static final Set<String> COMBINATORS = Set.of("oneOf", "anyOf", "allOf");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SpecDocuments spec;
    private final Map<String, ObjectNode> converted = new HashMap<>();
    private final Deque<String> refsInProgress = new ArrayDeque<>();

    OpenApiSchemaConverter(SpecDocuments spec) {
        this.spec = spec;
    }

    /** A root schema, with {@code $schema} set, for the named component of a spec file. */
    ObjectNode convertRoot(String file, String schemaName) {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", DIALECT);
        root.setAll(convert(spec.schema(file, schemaName)));
        return root;
    }

    private ObjectNode convert(SpecDocuments.Located located) {
        ObjectNode cached = converted.get(located.key());
        if (cached != null) {
            return cached.deepCopy();
        }
        if (refsInProgress.contains(located.key())) {
            throw new IllegalStateException("Recursive schema cannot be inlined: " + refsInProgress);
        }
        refsInProgress.push(located.key());
        ObjectNode result = convert(located.file(), located.node());
        refsInProgress.pop();
        converted.put(located.key(), result);
        return result.deepCopy();
    }

    private ObjectNode convert(String file, JsonNode schema) {
        if (!schema.isObject()) {
            throw new IllegalArgumentException("Expected a schema object in " + file + " but found " + schema);
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            requireOnlyProseBeside(file, schema);
            return convert(spec.resolve(file, ref.stringValue()));
        }
        ObjectNode out = JSON.objectNode();
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            if (PROSE.contains(keyword) || keyword.equals("nullable")) {
                continue;
            }
            if (keyword.equals("type") || COPIED_AS_IS.contains(keyword)) {
                out.set(keyword, value.deepCopy());
            } else if (keyword.equals("properties")) {
                ObjectNode properties = out.putObject("properties");
                for (Map.Entry<String, JsonNode> property : value.properties()) {
                    properties.set(property.getKey(), convert(file, property.getValue()));
                }
            } else if (keyword.equals("items")) {
                out.set("items", convert(file, value));
            } else if (keyword.equals("additionalProperties")) {
                out.set(keyword, value.isBoolean() ? value : convert(file, value));
            } else if (COMBINATORS.contains(keyword)) {
                ArrayNode alternatives = out.putArray(keyword);
                value.forEach(alternative -> alternatives.add(convert(file, alternative)));
            } else {
                throw new IllegalArgumentException(
                        "Unsupported OpenAPI keyword '" + keyword + "' in " + file + ": " + schema);
            }
        }
        if (schema.path("nullable").asBoolean(false)) {
            allowNull(out);
        }
        return out;
    }

    private static void allowNull(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isString()) {
            schema.set("type", JSON.arrayNode().add(type.stringValue()).add("null"));
        }
        JsonNode values = schema.get("enum");
        if (values != null && values.valueStream().noneMatch(JsonNode::isNull)) {
            ((ArrayNode) values).addNull();
        }
    }

    private static void requireOnlyProseBeside(String file, JsonNode schema) {
        for (String keyword : schema.propertyNames()) {
            if (!keyword.equals("$ref") && !PROSE.contains(keyword)) {
                // OpenAPI 3.0 ignores siblings of $ref; the spec has none with meaning, so refuse rather than guess.
                throw new IllegalArgumentException(
                        "Keyword '" + keyword + "' beside $ref in " + file + ": " + schema);
            }
        }
    }
}
