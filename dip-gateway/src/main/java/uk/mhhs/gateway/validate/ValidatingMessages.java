package uk.mhhs.gateway.validate;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.common.validation.ValidationResult;
import uk.mhhs.common.validation.Violation;

/**
 * Checks a message array posted to {@code /validate/{IF-nnn}/{event}} as the DIP's level-1 validation
 * would on {@code /dip-channel/{IF-nnn}}, and additionally that each message carries the event of the
 * path. Nothing is stored or published.
 */
public class ValidatingMessages {

    private final MessageValidator validator;

    public ValidatingMessages(MessageValidator validator) {
        this.validator = validator;
    }

    /**
     * @param interfaceId the path's interface ID, e.g. {@code IF-021}
     * @param event the path's event, with or without brackets, e.g. {@code ActivePower}
     * @param body the request body: {@code [{"payload": {...}}, ...]}
     * @return the violations of every message, in order; empty if all are valid
     */
    public List<Violation> validate(String interfaceId, String event, byte[] body) {
        JsonNode messages;
        try {
            messages = body == null || body.length == 0 ? null : Envelopes.mapper().readTree(body);
        } catch (JacksonException e) {
            return List.of(new Violation(ResponseCode.MSG1001, "$", "Expected a JSON array of messages but the body"
                    + " is not JSON: " + e.getOriginalMessage()));
        }
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            return List.of(new Violation(ResponseCode.MSG1001, "$",
                    "Expected a JSON array of at least one {\"payload\": ...} object."));
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            ValidationResult result = validator.validate(interfaceId, messages.get(i).get("payload"));
            violations.addAll(result.violations());
            checkEvent(event, result.canonicalPayload(), violations);
        }
        return violations;
    }

    private static void checkEvent(String event, JsonNode payload, List<Violation> violations) {
        String expected = event.startsWith("[") ? event : "[" + event + "]";
        JsonNode sent = payload == null ? null : payload.path("CommonBlock").path("S0").get("eventCode");
        if (sent != null && sent.isString() && !sent.asString().equals(expected)
                && violations.stream().noneMatch(v -> v.code() == ResponseCode.RCP1003)) {
            violations.add(new Violation(ResponseCode.RCP1003, "$.payload.CommonBlock.S0.eventCode",
                    "Expected " + expected + " as in the URL but found " + sent.asString() + "."));
        }
    }
}
