package uk.mhhs.gateway.status;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.envelope.StandardResponseBody;

/**
 * Reading and writing status messages: a StandardResponseArray ({@code [{transactionID, ..., message, ...}]})
 * is what {@code POST /statusmessage} takes and what status webhooks receive; a {@code dip.status} record
 * holds a StandardResponse ({@code {"messageArray": [...], "timestamp": ...}}). Either, or a single entry, is
 * read.
 */
public final class StatusMessages {

    private static final TypeReference<List<StandardResponseBody>> ARRAY = new TypeReference<>() { };

    private StatusMessages() {
    }

    /**
     * @param json UTF-8 JSON: an array of entries, a StandardResponse, or one entry
     * @return the entries, in order
     * @throws IllegalArgumentException if it is none of those or holds no entry
     */
    public static List<StandardResponseBody> read(byte[] json) {
        JsonNode root;
        try {
            root = json == null || json.length == 0 ? null : Envelopes.mapper().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !(root.isArray() || root.isObject())) {
            throw new IllegalArgumentException("expected a StandardResponseArray");
        }
        if (holdsNul(root)) {
            // PostgreSQL text cannot hold NUL: refused here, not a 500 from the lookup (HostileRequestsTest)
            throw new IllegalArgumentException("a StandardResponseArray must not contain NUL characters");
        }
        JsonNode array = root.isObject() && root.has("messageArray") ? root.get("messageArray") : root;
        List<StandardResponseBody> entries = new ArrayList<>();
        try {
            if (array.isArray()) {
                entries.addAll(Envelopes.mapper().treeToValue(array, ARRAY));
            } else {
                entries.add(Envelopes.mapper().treeToValue(array, StandardResponseBody.class));
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a StandardResponseArray: " + e.getOriginalMessage(), e);
        }
        if (entries.isEmpty() || entries.contains(null)) {
            throw new IllegalArgumentException("a StandardResponseArray holds at least one entry, and no null");
        }
        return entries;
    }

    private static boolean holdsNul(JsonNode node) {
        if (node.isString()) {
            return node.asString().indexOf('\0') >= 0;
        }
        for (JsonNode child : node) {
            if (holdsNul(child)) {
                return true;
            }
        }
        return false;
    }

    /** @return the entries as a StandardResponseArray, UTF-8 JSON */
    public static byte[] write(List<StandardResponseBody> entries) {
        return Envelopes.mapper().writerFor(ARRAY).writeValueAsBytes(entries);
    }
}
