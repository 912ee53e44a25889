package uk.mhhs.dipclient.listener;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PubMessageTest {

    @Test
    void reads_the_d0_s0_m0_and_a0_blocks() {
        byte[] raw = PubMessages.pub("021", "T-IF-021-1", "9900000005");

        PubMessage message = PubMessage.parse(raw);

        assertThat(message.transactionID()).isEqualTo("T-IF-021-1");
        assertThat(message.publicationID()).isEqualTo("PUB-021");
        assertThat(message.interfaceID()).isEqualTo("IF-021");
        assertThat(message.eventCode()).isEqualTo("[ActivePower]");
        assertThat(message.mpan()).isEqualTo("2000056535971");
        assertThat(message.recipients()).containsExactly("9900000005", "9900000001");
        assertThat(message.isAddressedTo("9900000005")).isTrue();
        assertThat(message.isAddressedTo("9900000099")).isFalse();
        assertThat(message.customBlock().path("readings").isArray()).isTrue();
        assertThat(message.raw()).isSameAs(raw);
        assertThat(message.envelope().commonBlock().d0().transactionID()).isEqualTo("T-IF-021-1");
    }

    @Test
    void takes_the_principal_mpan_of_m1_and_accepts_a_bare_payload() {
        PubMessage message = PubMessage.parse(utf8("""
                {"CommonBlock":{"M1":{"principalMPAN":"1100000000001"},"D0":{"transactionID":"T-2"},
                "A0":{"primaryRecipients":[],"secondaryRecipients":["9900000005","9900000005"],"always":[]}}}"""));

        assertThat(message.mpan()).isEqualTo("1100000000001");
        assertThat(message.recipients()).containsExactly("9900000005");
        assertThat(message.interfaceID()).isNull();
    }

    @Test
    void rejects_records_that_are_not_json_or_have_no_transaction_id() {
        assertThatThrownBy(() -> PubMessage.parse(utf8("not json")))
                .isInstanceOf(UnreadablePubMessageException.class).hasMessageStartingWith("PUB record is not JSON");
        assertThatThrownBy(() -> PubMessage.parse(utf8("{\"payload\":{\"CustomBlock\":{}}}")))
                .isInstanceOf(UnreadablePubMessageException.class).hasMessage("PUB record has no payload.CommonBlock");
        assertThatThrownBy(() -> PubMessage.parse(utf8("{\"payload\":{\"CommonBlock\":{\"D0\":{\"transactionID\":\" \"}}}}")))
                .isInstanceOf(UnreadablePubMessageException.class)
                .hasMessage("PUB record has no CommonBlock.D0.transactionID");
        assertThatThrownBy(() -> PubMessage.parse(null)).isInstanceOf(UnreadablePubMessageException.class);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
