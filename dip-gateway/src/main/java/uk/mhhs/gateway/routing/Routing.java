package uk.mhhs.gateway.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.common.validation.Violation;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.gateway.participants.Participant;
import uk.mhhs.gateway.participants.ParticipantRegistry;

/**
 * Turns an accepted message into its PUB: assigns D0 (transaction ID, timestamp, publication ID, initial
 * correlation ID = {@code S1.senderCorrelationID}, replay false, no service ticket), fills A0 (primary as sent,
 * secondary from the {@link SecondaryRecipientResolver}, always from the role configuration) and picks topic
 * and key. The payload keeps the canonical (official) key spelling; the CommonBlock is written in the spec's
 * block order.
 */
public class Routing {

    /** Kafka header names on every PUB record. */
    public static final String HEADER_TRANSACTION_ID = "dip-transaction-id";
    public static final String HEADER_INTERFACE_ID = "dip-interface-id";
    public static final String HEADER_PUBLICATION_ID = "dip-publication-id";
    public static final String HEADER_EVENT_CODE = "dip-event-code";
    public static final String HEADER_SENDER_DIP_ID = "dip-sender-dip-id";
    public static final String HEADER_RECIPIENTS = "dip-recipients";

    private static final List<String> BLOCK_ORDER = List.of("S0", "S1", "A0", "M0", "M1", "D0", "R0");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final RoutingProperties properties;
    private final SecondaryRecipientResolver secondary;
    private final ParticipantRegistry registry;
    private final TransactionIds transactionIds;
    private final DipTopics topics;
    private final JsonMapper mapper;

    public Routing(RoutingProperties properties, SecondaryRecipientResolver secondary, ParticipantRegistry registry,
                   TransactionIds transactionIds, DipTopics topics, JsonMapper mapper) {
        this.properties = properties;
        this.secondary = secondary;
        this.registry = registry;
        this.transactionIds = transactionIds;
        this.topics = topics;
        this.mapper = mapper;
    }

    /**
     * @param request          the routing facts of the message
     * @param canonicalPayload the validated payload in official key spelling (not changed)
     * @param correlationId    {@code S1.senderCorrelationID}, or null
     * @param now              the transaction time
     */
    public Publication route(RoutingRequest request, JsonNode canonicalPayload, String correlationId, Instant now) {
        String transactionId = transactionIds.next(request.channel().id(), request.senderDipId(),
                request.senderRole(), now);
        List<String> secondaryIds = secondary.secondaryRecipients(request);
        List<String> alwaysIds = alwaysRecipients(request.channel().id());

        ObjectNode a0 = JSON.objectNode();
        a0.set("primaryRecipients", array(request.primaryRecipients()));
        a0.set("secondaryRecipients", array(secondaryIds));
        a0.set("always", array(alwaysIds));
        ObjectNode d0 = JSON.objectNode();
        d0.put("transactionID", transactionId);
        d0.put("transactionTimestamp", DipTimestamps.format(now));
        d0.put("publicationID", request.channel().publicationId());
        d0.put("initialCorrelationID", correlationId);
        d0.put("replayIndicator", false);
        d0.putNull("serviceTicketURL");

        ObjectNode payload = JSON.objectNode();
        canonicalPayload.forEachEntry((name, value) -> payload.set(name,
                name.equals("CommonBlock") ? commonBlock(value, a0, d0) : value));
        ObjectNode message = JSON.objectNode();
        message.set("payload", payload);

        Set<String> recipients = new LinkedHashSet<>(request.primaryRecipients());
        recipients.addAll(secondaryIds);
        recipients.addAll(alwaysIds);
        recipients.remove(null);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HEADER_TRANSACTION_ID, transactionId);
        headers.put(HEADER_INTERFACE_ID, request.channel().id());
        headers.put(HEADER_PUBLICATION_ID, request.channel().publicationId());
        headers.put(HEADER_EVENT_CODE, request.eventCode());
        headers.put(HEADER_SENDER_DIP_ID, request.senderDipId());
        headers.put(HEADER_RECIPIENTS, String.join(",", recipients));
        return new Publication(transactionId, request.channel().publicationId(),
                topics.publication(request.channel().id()), request.mpanCore(), mapper.writeValueAsBytes(message),
                headers, List.copyOf(recipients));
    }

    /**
     * @return MSG1037 / MSG1038 if the message needs secondary recipients that cannot be resolved and
     *     {@code mhhs.gateway.routing.secondary.reject-unresolved} is on; else empty (see
     *     {@link SecondaryRecipientResolver#unresolved})
     */
    public Optional<Violation> unresolvedSecondary(RoutingRequest request) {
        if (!rejectsUnresolvedSecondary()) {
            return Optional.empty();
        }
        return secondary.unresolved(request, properties.alwaysRoles(request.channel().id()));
    }

    /** Whether {@link #unresolvedSecondary} can refuse anything ({@code secondary.reject-unresolved}). */
    public boolean rejectsUnresolvedSecondary() {
        return properties.secondary().rejectUnresolved();
    }

    /** DIP IDs of the registered participants holding a role configured as "always" for the interface. */
    public List<String> alwaysRecipients(String interfaceId) {
        Set<String> ids = new LinkedHashSet<>();
        for (String role : properties.alwaysRoles(interfaceId)) {
            registry.holdingRole(role).stream().map(Participant::dipId).forEach(ids::add);
        }
        return new ArrayList<>(ids);
    }

    private static ObjectNode commonBlock(JsonNode sent, ObjectNode a0, ObjectNode d0) {
        ObjectNode block = JSON.objectNode();
        for (String name : BLOCK_ORDER) {
            JsonNode value = switch (name) {
                case "A0" -> a0;
                case "D0" -> d0;
                default -> sent.get(name);
            };
            if (value != null) {
                block.set(name, value);
            }
        }
        sent.forEachEntry((name, value) -> {
            if (!block.has(name)) {
                block.set(name, value);
            }
        });
        return block;
    }

    private static ArrayNode array(List<String> ids) {
        ArrayNode array = JSON.arrayNode(ids.size());
        ids.forEach(array::add);
        return array;
    }
}
