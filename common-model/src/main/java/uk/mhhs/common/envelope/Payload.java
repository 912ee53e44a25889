package uk.mhhs.common.envelope;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.node.ObjectNode;

/**
 * The payload of a DIP message: the common block every interface shares, and the interface's own
 * custom block, kept as a JSON tree because its shape depends on the interface ID.
 *
 * @param commonBlock JSON key {@code CommonBlock}
 * @param customBlock JSON key {@code CustomBlock}
 */
public record Payload(
        @JsonProperty("CommonBlock") CommonBlock commonBlock,
        @JsonProperty("CustomBlock") ObjectNode customBlock) {

    /**
     * @param d0 the DIP block
     * @return this payload with {@code d0} set in its common block
     */
    public Payload withD0(D0 d0) {
        return new Payload(commonBlock.withD0(d0), customBlock);
    }
}
