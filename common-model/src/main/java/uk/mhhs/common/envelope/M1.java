package uk.mhhs.common.envelope;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Principal MPAN block, used instead of {@link M0} by IF-019/020. All keys required.
 *
 * @param principalMPAN 13-digit principal MPAN core
 * @param distributorDIPID the LDSO's 10-char DIP ID
 * @param gspGroupID JSON key {@code GSPGroupID}: {@code _A} … {@code _P}
 */
@JsonPropertyOrder({"principalMPAN", "distributorDIPID", "GSPGroupID"})
public record M1(
        @JsonProperty("principalMPAN") String principalMPAN,
        @JsonProperty("distributorDIPID") String distributorDIPID,
        @JsonProperty("GSPGroupID") String gspGroupID) {
}
