package uk.mhhs.common.envelope;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared Jackson 3 mapper for the envelope records, and shortcuts for the message arrays the DIP
 * API exchanges.
 *
 * <p>Ingress is lenient, egress exact: like the DIP, the mapper matches JSON keys ignoring case
 * ({@code interfaceId} reads as {@code interfaceID}) and ignores unknown keys (schema validation, not
 * mapping, decides whether a message is acceptable); it always writes the spec's spelling, in the
 * spec's key order, with explicit {@code null} for nullable fields inside a block. Numbers in a custom
 * block read as {@code BigDecimal} so nothing is lost to {@code double}.
 *
 * <p>The mapper is immutable and thread-safe; configure a copy with {@code mapper().rebuild()}.
 */
public final class Envelopes {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final TypeReference<List<DipMessage>> MESSAGE_ARRAY = new TypeReference<>() { };

    private Envelopes() {
    }

    /**
     * @return the shared mapper configured for the envelope records
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a body of the send or webhook API: a JSON array of {@code {"payload": ...}}.
     *
     * @param json the body bytes (UTF-8)
     * @return the messages, in order
     * @throws tools.jackson.core.JacksonException if the body is not such an array
     */
    public static List<DipMessage> readMessages(byte[] json) {
        return MAPPER.readValue(json, MESSAGE_ARRAY);
    }

    /**
     * @param messages the messages to send or deliver
     * @return the JSON array, UTF-8
     */
    public static byte[] writeMessages(List<DipMessage> messages) {
        return MAPPER.writerFor(MESSAGE_ARRAY).writeValueAsBytes(messages);
    }
}
