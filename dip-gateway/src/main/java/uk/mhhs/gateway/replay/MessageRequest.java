package uk.mhhs.gateway.replay;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code /dip-channel/{id}/replay/{recipient-id}} and {@code .../requeue/{recipient-id}} (spec
 * {@code MessageRequest}). Every filter is nullable; null means "any".
 *
 * @param datetimeFrom earliest {@code D0.transactionTimestamp}, inclusive, 25-char DIP timestamp
 * @param datetimeTo latest {@code D0.transactionTimestamp}, inclusive
 * @param eventCode {@code S0.eventCode}, e.g. {@code [ActivePower]}
 * @param mpan {@code M0.MPANCore}, 13 digits
 * @param version {@code S0.schemaVersion}
 * @param transactionIDs 1 to 100 {@code D0.transactionID}s, or null
 */
public record MessageRequest(
        @JsonProperty("datetimeFrom") String datetimeFrom,
        @JsonProperty("datetimeTo") String datetimeTo,
        @JsonProperty("eventCode") String eventCode,
        @JsonProperty("MPAN") String mpan,
        @JsonProperty("version") String version,
        @JsonProperty("transactionIDs") List<String> transactionIDs) {
}
