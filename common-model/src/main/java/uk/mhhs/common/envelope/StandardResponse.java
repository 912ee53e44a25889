package uk.mhhs.common.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Body of the DIP's reply to a send (201, 207, 400) and of a webhook's reply to a delivery:
 * {@code {"messageArray": [...], "timestamp": "2022-03-21T11:15:59+00:00"}}.
 *
 * @param messageArray one entry per message, at least one
 * @param timestamp 25-char timestamp
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"messageArray", "timestamp"})
public record StandardResponse(
        @JsonProperty("messageArray") List<StandardResponseBody> messageArray,
        @JsonProperty("timestamp") String timestamp) {

    /**
     * Copies the entries; {@code null} becomes an empty list.
     */
    public StandardResponse {
        messageArray = messageArray == null ? List.of() : List.copyOf(messageArray);
    }
}
