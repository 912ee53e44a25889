package uk.mhhs.common.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DipSignatureTest {

    private static final String EMPTY_HASH = "RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=";

    @Test
    void hashes_the_body_as_base64_sha256() {
        assertThat(DipSignature.contentHash("{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(EMPTY_HASH);
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertThat(DipSignature.contentHash("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    }

    @Test
    void hashes_an_empty_body_as_empty_json_object() {
        assertThat(DipSignature.contentHash(new byte[0])).isEqualTo(EMPTY_HASH);
        assertThat(DipSignature.contentHash(null)).isEqualTo(EMPTY_HASH);
    }

    @Test
    void string_to_sign_upper_cases_the_method_and_lower_cases_the_whole_url() {
        assertThat(DipSignature.stringToSign("post", "https://DIP.Example.test/dip-channel/IF-021?X=Y",
                "2025-06-27T14:29:09.061Z", EMPTY_HASH))
                .isEqualTo("POST;https://dip.example.test/dip-channel/if-021?x=y;2025-06-27T14:29:09.061Z;"
                        + "RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=");
    }

    @Test
    void signature_date_is_utc_with_exactly_three_fraction_digits() {
        assertThat(DipSignature.formatSignatureDate(Instant.parse("2025-06-27T14:29:09.061Z")))
                .isEqualTo("2025-06-27T14:29:09.061Z");
        assertThat(DipSignature.formatSignatureDate(Instant.parse("2025-06-27T14:29:09Z")))
                .isEqualTo("2025-06-27T14:29:09.000Z");
        assertThat(DipSignature.formatSignatureDate(Instant.parse("2025-06-27T14:29:09.061999999Z")))
                .isEqualTo("2025-06-27T14:29:09.061Z");
    }
}
