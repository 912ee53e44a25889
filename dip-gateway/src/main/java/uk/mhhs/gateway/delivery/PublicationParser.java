package uk.mhhs.gateway.delivery;

import uk.mhhs.gateway.kafka.MalformedRecordException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.envelope.A0;
import uk.mhhs.common.envelope.CommonBlock;
import uk.mhhs.common.envelope.D0;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.envelope.Payload;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.common.time.InvalidDipTimestampException;

/**
 * Reads the value of a {@code dip.pub.<nnn>} record: {@code {"payload": {...}}} as the gateway
 * publishes it (its payload kept as the bytes published), and the general way a bare payload object or an
 * array of {@code {"payload": ...}} (its payloads written out again).
 */
public final class PublicationParser {

    private PublicationParser() {
    }

    /**
     * @param value the record value, UTF-8 JSON
     * @return the PUBs it holds, in order
     * @throws MalformedRecordException if it is not JSON or a payload lacks what delivery needs
     */
    public static List<Publication> parse(byte[] value) {
        Publication usual = parseUsual(value);
        if (usual != null) {
            return List.of(usual);
        }
        JsonNode root;
        try {
            root = Envelopes.mapper().readTree(value);
        } catch (JacksonException e) {
            throw new MalformedRecordException("publication record is not JSON: " + e.getOriginalMessage(), e);
        }
        List<Publication> publications = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.values().forEach(element -> publications.add(parseMessage(element)));
        } else {
            publications.add(parseMessage(root));
        }
        return publications;
    }

    /**
     * The record as the gateway publishes it, read without building the CustomBlock: {@code {"payload": {...}}}
     * whose payload has one CommonBlock and at most one CustomBlock (an object). Only the CommonBlock becomes a
     * tree; the payload is kept as the exact bytes published (not written again). Null for anything else, or
     * anything wrong, which {@link #parse} then reads (and reports) the general way.
     */
    private static Publication parseUsual(byte[] value) {
        try (JsonParser parser = Envelopes.mapper().createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.PROPERTY_NAME
                    || !"payload".equals(parser.currentName()) || parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            long start = parser.currentTokenLocation().getByteOffset();
            JsonNode common = null;
            int commons = 0;
            int customs = 0;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken valueToken = parser.nextToken();
                if (name.equalsIgnoreCase("CommonBlock")) {
                    commons++;
                    common = parser.readValueAsTree();
                } else {
                    if (name.equalsIgnoreCase("CustomBlock")) {
                        customs++;
                        if (valueToken != JsonToken.START_OBJECT && valueToken != JsonToken.VALUE_NULL) {
                            return null;
                        }
                    }
                    parser.skipChildren();
                }
            }
            long end = parser.currentLocation().getByteOffset();
            if (parser.nextToken() != JsonToken.END_OBJECT || parser.nextToken() != null || commons != 1
                    || customs > 1 || start < 0 || end <= start) {
                return null;
            }
            CommonBlock block = Envelopes.mapper().treeToValue(common, CommonBlock.class);
            if (block == null || block.s0() == null || block.d0() == null || isBlank(block.d0().transactionID())
                    || isBlank(block.s0().interfaceID())) {
                return null;
            }
            return publication(block, new String(value, (int) start, (int) (end - start), StandardCharsets.UTF_8));
        } catch (JacksonException | MalformedRecordException e) {
            return null;
        }
    }

    private static Publication parseMessage(JsonNode message) {
        if (message == null || !message.isObject()) {
            throw new MalformedRecordException("publication record is not a JSON object");
        }
        JsonNode payloadNode = message.has("payload") ? message.get("payload") : message;
        CommonBlock common = commonBlockOf(payloadNode);
        if (common == null || common.s0() == null || common.d0() == null) {
            throw new MalformedRecordException("publication lacks CommonBlock S0 or D0");
        }
        if (isBlank(common.d0().transactionID()) || isBlank(common.s0().interfaceID())) {
            throw new MalformedRecordException("publication lacks D0.transactionID or S0.interfaceID");
        }
        return publication(common, Envelopes.mapper().writeValueAsString(payloadNode));
    }

    private static Publication publication(CommonBlock common, String payloadJson) {
        D0 d0 = common.d0();
        return new Publication(d0.transactionID(), common.s0().interfaceID(), d0.publicationID(),
                common.s0().eventCode(), common.s0().schemaVersion(), mpanCore(common),
                common.s1() == null ? null : common.s1().senderDIPID(),
                transactionTimestamp(d0), recipients(common.a0()), payloadJson);
    }

    /**
     * The payload's CommonBlock as {@link Payload} binding reads it. The usual payload (an object with at most one
     * spelling of CommonBlock and CustomBlock, the latter an object) has only its CommonBlock bound, so the
     * CustomBlock is not copied; anything else is bound whole, as before.
     */
    private static CommonBlock commonBlockOf(JsonNode payloadNode) {
        if (payloadNode != null && payloadNode.isObject()) {
            JsonNode common = null;
            JsonNode custom = null;
            int commons = 0;
            int customs = 0;
            for (java.util.Map.Entry<String, JsonNode> property : payloadNode.properties()) {
                if (property.getKey().equalsIgnoreCase("CommonBlock")) {
                    common = property.getValue();
                    commons++;
                } else if (property.getKey().equalsIgnoreCase("CustomBlock")) {
                    custom = property.getValue();
                    customs++;
                }
            }
            if (commons <= 1 && customs <= 1 && (custom == null || custom.isNull() || custom.isObject())) {
                try {
                    return common == null ? null : Envelopes.mapper().treeToValue(common, CommonBlock.class);
                } catch (JacksonException e) {
                    // Bound whole below, to report it exactly as before.
                }
            }
        }
        Payload payload;
        try {
            payload = Envelopes.mapper().treeToValue(payloadNode, Payload.class);
        } catch (JacksonException e) {
            throw new MalformedRecordException("publication payload unreadable: " + e.getOriginalMessage(), e);
        }
        return payload == null ? null : payload.commonBlock();
    }

    private static String mpanCore(CommonBlock common) {
        if (common.m0() != null) {
            return common.m0().mpanCore();
        }
        return common.m1() == null ? null : common.m1().principalMPAN();
    }

    private static Instant transactionTimestamp(D0 d0) {
        try {
            return DipTimestamps.parseInstant(d0.transactionTimestamp());
        } catch (InvalidDipTimestampException e) {
            throw new MalformedRecordException("D0.transactionTimestamp: " + e.getMessage(), e);
        }
    }

    private static List<String> recipients(A0 a0) {
        if (a0 == null) {
            return List.of();
        }
        Set<String> all = new LinkedHashSet<>();
        for (List<String> ids : List.of(a0.primaryRecipients(), a0.secondaryRecipients(), a0.always())) {
            ids.stream().filter(id -> !isBlank(id)).forEach(all::add);
        }
        return List.copyOf(all);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
