package uk.mhhs.common.envelope;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Response block of outcome interfaces (IF-006, 008, 014, 020, 026, 028, 032, 039, 062).
 *
 * @param responseCode {@code A} accepted, {@code R} rejected, {@code L} lapsed, {@code W} warning,
 *     {@code x} obfuscated
 * @param responseMessages e.g. {@code "ECS1010 - ..."}; elements may be null (DT-005N)
 */
public record R0(
        @JsonProperty("responseCode") String responseCode,
        @JsonProperty("responseMessages") List<String> responseMessages) {

    /**
     * Copies the messages; {@code null} becomes an empty list, since the key is required.
     */
    public R0 {
        responseMessages = responseMessages == null
                ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(responseMessages));
    }
}
