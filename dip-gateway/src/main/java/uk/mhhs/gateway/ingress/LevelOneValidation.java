package uk.mhhs.gateway.ingress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.common.catalogue.InterfaceDefinition;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.common.validation.ValidationResult;
import uk.mhhs.common.validation.Violation;
import uk.mhhs.gateway.participants.Participant;

/**
 * Level-1 validation of a batch, the same for HTTP and Kafka submissions: the body is a JSON array (minItems 1)
 * of {@code {"payload": ...}}; each payload passes {@link MessageValidator} (interface, event, schema version,
 * sender timestamp, schema) and the {@link SenderRules}; no two messages of the batch share a sender and
 * {@code senderUniqueReference} (MSG1006). Uniqueness against earlier batches is the database's job.
 */
final class LevelOneValidation {

    private static final String SUR_PATH = SenderRules.S1 + "senderUniqueReference";

    private final InterfaceCatalogue catalogue;
    private final MessageValidator validator;
    private final SenderRules senderRules;
    private final JsonMapper mapper;
    private final Clock clock;

    LevelOneValidation(InterfaceCatalogue catalogue, MessageValidator validator, SenderRules senderRules,
                       JsonMapper mapper, Clock clock) {
        this.catalogue = catalogue;
        this.validator = validator;
        this.senderRules = senderRules;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * @param pathInterfaceId   the channel posted to (any case); null to take each message's own
     *                          {@code S0.interfaceID} (submissions that name no channel)
     * @param body              the body bytes
     * @param connectedAs       the API key's participant; null for Kafka submissions
     * @param singleMessageOk   whether a single {@code {"payload": ...}} object is accepted in place of an array
     */
    CheckedBatch check(String pathInterfaceId, byte[] body, Participant connectedAs, boolean singleMessageOk) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            return malformed("Expected a JSON array of messages but the body is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (singleMessageOk && root != null && root.isObject()) {
            root = mapper.createArrayNode().add(root);
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            return malformed("Expected a JSON array of at least one message but found " + describe(root) + ".");
        }
        LocalDate today = LocalDate.now(clock);
        List<CheckedMessage> messages = new ArrayList<>(root.size());
        List<BatchViolation> violations = new ArrayList<>();
        Map<String, Integer> references = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode payload = payloadOf(root.get(i));
            String channelId = pathInterfaceId != null ? pathInterfaceId : declaredInterfaceId(payload);
            Optional<InterfaceDefinition> channel = catalogue.find(channelId);
            ValidationResult result = validator.validate(channel.map(InterfaceDefinition::id)
                    .orElse(String.valueOf(channelId)), payload);
            MessageFacts facts = MessageFacts.of(result.canonicalPayload());
            List<Violation> found = new ArrayList<>(result.violations());
            if (channel.isPresent()) {
                found.addAll(senderRules.check(channel.get(), facts, connectedAs, today));
            }
            if (facts.senderDipId() != null && facts.senderUniqueReference() != null) {
                Integer first = references.putIfAbsent(facts.senderDipId() + '|' + facts.senderUniqueReference(), i);
                if (first != null) {
                    found.add(new Violation(ResponseCode.MSG1006, SUR_PATH, "Expected a reference not used before "
                            + "but message " + (first + 1) + " of this batch has it too."));
                }
            }
            int index = i;
            found.forEach(v -> violations.add(new BatchViolation(index, facts, v)));
            if (found.isEmpty()) {
                messages.add(new CheckedMessage(i, channel.orElseThrow(), facts, result.canonicalPayload()));
            }
        }
        return new CheckedBatch(root.size(), violations.isEmpty() ? messages : List.of(), violations);
    }

    /** The value of the element's {@code payload} key (any case); missing if it has none. */
    private static JsonNode payloadOf(JsonNode element) {
        return element != null && element.isObject() ? child(element, "payload") : element;
    }

    /** {@code CommonBlock.S0.interfaceID} as sent (keys in any case), for submissions that name no channel. */
    private static String declaredInterfaceId(JsonNode payload) {
        JsonNode id = child(child(child(payload, "CommonBlock"), "S0"), "interfaceID");
        return id.isString() ? id.stringValue() : null;
    }

    private static JsonNode child(JsonNode node, String key) {
        if (node == null || !node.isObject()) {
            return MissingNode.getInstance();
        }
        JsonNode exact = node.get(key);
        if (exact != null) {
            return exact;
        }
        for (String name : node.propertyNames()) {
            if (name.equalsIgnoreCase(key)) {
                return node.get(name);
            }
        }
        return MissingNode.getInstance();
    }

    private static String describe(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            return "nothing";
        }
        return root.isArray() ? "an empty array" : "a " + root.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private static CheckedBatch malformed(String reason) {
        return new CheckedBatch(0, List.of(), List.of(new BatchViolation(-1, MessageFacts.NONE,
                new Violation(ResponseCode.MSG1001, "$", reason))));
    }
}
