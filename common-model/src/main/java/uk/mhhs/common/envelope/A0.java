package uk.mhhs.common.envelope;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Addressing block. All three keys are required and may be empty arrays; values are DIP IDs.
 *
 * @param primaryRecipients set by the sender
 * @param secondaryRecipients set by the DIP from the MPAN's registration
 * @param always set by the DIP from per-interface role configuration
 */
public record A0(
        @JsonProperty("primaryRecipients") List<String> primaryRecipients,
        @JsonProperty("secondaryRecipients") List<String> secondaryRecipients,
        @JsonProperty("always") List<String> always) {

    /**
     * Copies the lists; a {@code null} list becomes empty, since every key is required.
     */
    public A0 {
        primaryRecipients = copy(primaryRecipients);
        secondaryRecipients = copy(secondaryRecipients);
        always = copy(always);
    }

    /**
     * @param primaryRecipients DIP IDs chosen by the sender
     * @return the block a sender posts: secondary and always empty
     */
    public static A0 primary(List<String> primaryRecipients) {
        return new A0(primaryRecipients, List.of(), List.of());
    }

    private static List<String> copy(List<String> ids) {
        // List.copyOf rejects null elements; DT-006N allows a null ID, so keep them as sent.
        return ids == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(ids));
    }
}
