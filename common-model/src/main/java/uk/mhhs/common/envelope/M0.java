package uk.mhhs.common.envelope;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * MPAN block. All keys required, none nullable.
 *
 * @param mpanCore JSON key {@code MPANCore}: 13 digits (the schema does not check the check digit)
 * @param distributorDIPID the LDSO's 10-char DIP ID (not the MPAN's distributor prefix)
 * @param gspGroupID JSON key {@code GSPGroupID}: {@code _A} … {@code _P}
 */
@JsonPropertyOrder({"MPANCore", "distributorDIPID", "GSPGroupID"})
public record M0(
        @JsonProperty("MPANCore") String mpanCore,
        @JsonProperty("distributorDIPID") String distributorDIPID,
        @JsonProperty("GSPGroupID") String gspGroupID) {
}
