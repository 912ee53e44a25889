package uk.mhhs.common.envelope;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * DIP block, added by the DIP to every delivered (PUB) message; senders omit it. All keys are
 * required; {@code initialCorrelationID} and {@code serviceTicketURL} are nullable and then written
 * as {@code null}.
 *
 * @param transactionID at most 65 chars, e.g. {@code T-IF-021-1401234567-SDS-20220321-1234CC0123456789}
 * @param transactionTimestamp 25-char timestamp
 * @param publicationID e.g. {@code PUB-021}
 * @param initialCorrelationID the sender's {@code S1.senderCorrelationID}; nullable
 * @param replayIndicator whether the DIP is replaying the transaction; not nullable
 * @param serviceTicketURL nullable URL, at most 250 chars
 */
@JsonPropertyOrder({"transactionID", "transactionTimestamp", "publicationID", "initialCorrelationID",
    "replayIndicator", "serviceTicketURL"})
public record D0(
        @JsonProperty("transactionID") String transactionID,
        @JsonProperty("transactionTimestamp") String transactionTimestamp,
        @JsonProperty("publicationID") String publicationID,
        @JsonProperty("initialCorrelationID") String initialCorrelationID,
        @JsonProperty("replayIndicator") boolean replayIndicator,
        @JsonProperty("serviceTicketURL") String serviceTicketURL) {
}
