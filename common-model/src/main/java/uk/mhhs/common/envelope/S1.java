package uk.mhhs.common.envelope;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Sender block (RealCommonBlocks {@code S1}). All eight keys are required; {@code subText},
 * {@code senderCorrelationID} and {@code DIPConnectionProviderID} are nullable and then written as
 * {@code null}.
 *
 * @param environmentTag PRD, SITB, SIT, UIT or DEV
 * @param subText nullable test text, 1–500 chars
 * @param senderUniqueReference at most 200 chars, {@code S-IF-021-<DIP ID>-<role>-yyyyMMdd-<suffix>}
 * @param senderTimestamp 25-char timestamp, e.g. {@code 2022-03-21T19:05:00+00:00}
 * @param senderDIPID 10-char DIP ID of the sender
 * @param senderRoleID 3–5 char role, e.g. {@code SDS}
 * @param senderCorrelationID nullable, at most 60 chars; echoed as {@code D0.initialCorrelationID}
 * @param dipConnectionProviderID JSON key {@code DIPConnectionProviderID}; nullable 10-char DIP ID
 *     of a third party sending on the sender's behalf
 */
@JsonPropertyOrder({"environmentTag", "subText", "senderUniqueReference", "senderTimestamp", "senderDIPID",
    "senderRoleID", "senderCorrelationID", "DIPConnectionProviderID"})
public record S1(
        @JsonProperty("environmentTag") String environmentTag,
        @JsonProperty("subText") String subText,
        @JsonProperty("senderUniqueReference") String senderUniqueReference,
        @JsonProperty("senderTimestamp") String senderTimestamp,
        @JsonProperty("senderDIPID") String senderDIPID,
        @JsonProperty("senderRoleID") String senderRoleID,
        @JsonProperty("senderCorrelationID") String senderCorrelationID,
        @JsonProperty("DIPConnectionProviderID") String dipConnectionProviderID) {
}
