package uk.mhhs.common.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import uk.mhhs.common.catalogue.InterfaceDefinition;

/**
 * The {@code CommonBlock.S0} checks that have codes of their own: the interface id must be the channel
 * posted to (MSG1002/RCP1002), the event must be one of the interface's (RCP1003), the schema version one
 * the spec allows (RCP1005). A missing or non-string value is left to the schema, which reports it.
 */
final class EnvelopeRules {

    static final String S0 = "$.payload.CommonBlock.S0";
    static final String INTERFACE_ID = S0 + ".interfaceID";
    static final String EVENT_CODE = S0 + ".eventCode";
    static final String SCHEMA_VERSION = S0 + ".schemaVersion";

    private EnvelopeRules() {
    }

    static List<Violation> check(InterfaceDefinition channel, JsonNode canonicalPayload, MessageValidator.Mode mode) {
        JsonNode s0 = canonicalPayload.path("CommonBlock").path("S0");
        List<Violation> violations = new ArrayList<>();
        String interfaceId = text(s0, "interfaceID");
        if (interfaceId != null && !interfaceId.equals(channel.id())) {
            violations.add(new Violation(mode.interfaceIdInvalid(), INTERFACE_ID, "Expected interfaceID "
                    + channel.id() + " (the channel posted to) but found " + quoted(interfaceId) + "."));
        }
        String event = text(s0, "eventCode");
        if (event != null && !channel.hasEvent(event)) {
            violations.add(new Violation(mode.eventCodeInvalid(), EVENT_CODE, "Expected an event code of "
                    + channel.id() + " " + channel.events() + " but found " + quoted(event) + "."));
        }
        String version = text(s0, "schemaVersion");
        if (version != null && !channel.allowsSchemaVersion(version)) {
            violations.add(new Violation(mode.schemaVersionInvalid(), SCHEMA_VERSION, "Expected a schema version of "
                    + channel.id() + " " + channel.schemaVersions() + " but found " + quoted(version) + "."));
        }
        return violations;
    }

    /** The raw {@code CommonBlock.S0.eventCode}, keys matched ignoring case, to pick the variant before canonicalising. */
    static String rawEventCode(JsonNode payload) {
        return text(ignoringCase(ignoringCase(payload, "CommonBlock"), "S0"), "eventCode", true);
    }

    private static String text(JsonNode object, String key) {
        return text(object, key, false);
    }

    private static String text(JsonNode object, String key, boolean ignoreCase) {
        JsonNode value = ignoreCase ? ignoringCase(object, key) : object.path(key);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static JsonNode ignoringCase(JsonNode object, String key) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(key);
        if (exact != null) {
            return exact;
        }
        String wanted = key.toLowerCase(Locale.ROOT);
        for (String name : object.propertyNames()) {
            if (name.toLowerCase(Locale.ROOT).equals(wanted)) {
                return object.get(name);
            }
        }
        return null;
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }
}
