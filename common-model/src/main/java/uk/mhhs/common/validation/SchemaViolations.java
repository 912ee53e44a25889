package uk.mhhs.common.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;

/** Turns the networknt errors of one payload into violations with plain-English reasons. */
final class SchemaViolations {

    private static final int MAX_SHOWN = 80;

    private SchemaViolations() {
    }

    static Violation of(Error error, MessageValidator.Mode mode, KeyCanonicaliser keys) {
        String at = JsonPaths.of(error.getInstanceLocation());
        String keyword = error.getKeyword();
        JsonNode found = error.getInstanceNode();
        JsonNode rule = error.getSchemaNode();
        return switch (keyword == null ? "" : keyword) {
            case "required" -> new Violation(mode.missingItem(), JsonPaths.child(at, error.getProperty()),
                    "Expected the required key '" + error.getProperty() + "' but it is missing.");
            case "additionalProperties" -> new Violation(mode.schemaFailure(),
                    JsonPaths.child(at, error.getProperty()),
                    "Expected only the keys " + allowedKeys(keys, error.getInstanceLocation())
                            + " here but found the unknown key '" + error.getProperty() + "'.");
            case "enum" -> new Violation(mode.invalidValue(), at,
                    "Expected one of " + rule + " but found " + show(found) + ".");
            case "type" -> new Violation(mode.schemaFailure(), at,
                    "Expected " + expectedType(rule) + " but found " + describe(found) + ".");
            case "pattern" -> new Violation(mode.schemaFailure(), at,
                    "Expected a value matching " + rule.asString() + " but found " + show(found) + ".");
            case "minLength" -> new Violation(mode.schemaFailure(), at, "Expected at least " + rule
                    + " characters but found " + length(found) + " (" + show(found) + ").");
            case "maxLength" -> new Violation(mode.schemaFailure(), at, "Expected at most " + rule
                    + " characters but found " + length(found) + " (" + show(found) + ").");
            case "minimum" -> new Violation(mode.schemaFailure(), at,
                    "Expected a number of at least " + rule + " but found " + show(found) + ".");
            case "maximum" -> new Violation(mode.schemaFailure(), at,
                    "Expected a number of at most " + rule + " but found " + show(found) + ".");
            case "multipleOf" -> new Violation(mode.schemaFailure(), at,
                    "Expected a multiple of " + rule + " but found " + show(found) + ".");
            case "minItems" -> new Violation(mode.schemaFailure(), at,
                    "Expected at least " + rule + " item(s) but found " + found.size() + ".");
            case "maxItems" -> new Violation(mode.schemaFailure(), at,
                    "Expected at most " + rule + " item(s) but found " + found.size() + ".");
            default -> new Violation(mode.schemaFailure(), at,
                    "Expected the value to satisfy the schema rule '" + keyword + "' but it does not: "
                            + error.getMessage() + ".");
        };
    }

    private static String allowedKeys(KeyCanonicaliser keys, NodePath location) {
        List<Object> path = new ArrayList<>();
        for (int i = 0; i < location.getNameCount(); i++) {
            path.add(location.getElement(i));
        }
        Set<String> allowed = keys.officialKeysAt(path);
        return allowed.isEmpty() ? "defined by the schema" : String.join(", ", allowed);
    }

    private static String expectedType(JsonNode type) {
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(name -> names.add(name.asString()));
            return "a value of type " + String.join(" or ", names);
        }
        return "a value of type " + type.asString();
    }

    private static String describe(JsonNode node) {
        return node == null || node.isNull() ? "null" : typeOf(node) + " " + show(node);
    }

    private static String typeOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isArray() ? "array" : "object";
    }

    private static String length(JsonNode node) {
        return node != null && node.isString()
                ? String.valueOf(node.stringValue().codePointCount(0, node.stringValue().length()))
                : "?";
    }

    /** The value as JSON text, cut short so a huge subtree cannot flood a reply. */
    static String show(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        String json = node.toString();
        return json.length() <= MAX_SHOWN ? json : json.substring(0, MAX_SHOWN) + "...";
    }
}
