package uk.mhhs.common.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The MHHS common block. Which blocks are present depends on the interface: S0 and S1 always; M0 on
 * MPAN-level interfaces (M1 instead on IF-019/020); A0 set by the sender; D0 added by the DIP on
 * delivery; R0 on outcome interfaces. Absent blocks are omitted from JSON, not written as null.
 *
 * @param s0 sender header: interface, schema version, event code
 * @param s1 sender details
 * @param a0 addressing
 * @param m0 MPAN core, distributor and GSP group
 * @param m1 principal MPAN (IF-019/020)
 * @param d0 DIP block, added by the DIP
 * @param r0 response outcome
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"S0", "S1", "A0", "M0", "M1", "D0", "R0"})
public record CommonBlock(
        @JsonProperty("S0") S0 s0,
        @JsonProperty("S1") S1 s1,
        @JsonProperty("A0") A0 a0,
        @JsonProperty("M0") M0 m0,
        @JsonProperty("M1") M1 m1,
        @JsonProperty("D0") D0 d0,
        @JsonProperty("R0") R0 r0) {

    /**
     * @param d0 the DIP block
     * @return a copy with {@code d0} replaced
     */
    public CommonBlock withD0(D0 d0) {
        return new CommonBlock(s0, s1, a0, m0, m1, d0, r0);
    }

    /**
     * @param a0 the addressing block
     * @return a copy with {@code a0} replaced
     */
    public CommonBlock withA0(A0 a0) {
        return new CommonBlock(s0, s1, a0, m0, m1, d0, r0);
    }
}
