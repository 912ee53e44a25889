package uk.mhhs.common.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One entry of a {@link StandardResponse} (SubmitEvents {@code StandardResponseBodyType}). Every key
 * is required and nullable, so every key is always written, {@code null} included.
 *
 * @param transactionID the DIP transaction ID assigned, or null if rejected
 * @param senderUniqueReference the sender's {@code S1.senderUniqueReference}
 * @param correlationID correlation ID
 * @param sentTimestamp 25-char timestamp
 * @param senderID DIP ID of the party sending this response
 * @param recipientID DIP ID of the logical recipient (the sender of the original message)
 * @param dipConnectionProviderID JSON key {@code DIPConnectionProviderID}: physical recipient, if
 *     different from the recipient
 * @param message e.g. {@code MSG0000 - Success}
 * @param help help text
 * @param serviceTicketURL service ticket URL
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"transactionID", "senderUniqueReference", "correlationID", "sentTimestamp", "senderID",
    "recipientID", "DIPConnectionProviderID", "message", "help", "serviceTicketURL"})
public record StandardResponseBody(
        @JsonProperty("transactionID") String transactionID,
        @JsonProperty("senderUniqueReference") String senderUniqueReference,
        @JsonProperty("correlationID") String correlationID,
        @JsonProperty("sentTimestamp") String sentTimestamp,
        @JsonProperty("senderID") String senderID,
        @JsonProperty("recipientID") String recipientID,
        @JsonProperty("DIPConnectionProviderID") String dipConnectionProviderID,
        @JsonProperty("message") String message,
        @JsonProperty("help") String help,
        @JsonProperty("serviceTicketURL") String serviceTicketURL) {

    /** Longest {@code message} the spec allows (DT-005). */
    public static final int MESSAGE_MAX_LENGTH = 200;
    /** Longest {@code help} the spec allows (DT-019). */
    public static final int HELP_MAX_LENGTH = 500;

    /** {@code text} cut to {@link #MESSAGE_MAX_LENGTH}, ending in "…" when cut; null stays null. */
    public static String fitMessage(String text) {
        return cut(text, MESSAGE_MAX_LENGTH);
    }

    /** {@code text} cut to {@link #HELP_MAX_LENGTH}, ending in "…" when cut; null stays null. */
    public static String fitHelp(String text) {
        return cut(text, HELP_MAX_LENGTH);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
