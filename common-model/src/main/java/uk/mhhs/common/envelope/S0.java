package uk.mhhs.common.envelope;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sender header block. Defined per interface in the spec, always with these three required keys.
 *
 * @param interfaceID e.g. {@code IF-021}; stays {@code IF-} in delivered messages
 * @param schemaVersion at most 10 chars, {@code 011} in v2.1.0 (IF-051: {@code 001})
 * @param eventCode one string in brackets, e.g. {@code [ActivePower]}
 */
public record S0(
        @JsonProperty("interfaceID") String interfaceID,
        @JsonProperty("schemaVersion") String schemaVersion,
        @JsonProperty("eventCode") String eventCode) {
}
