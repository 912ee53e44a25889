package uk.mhhs.common.mpan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MpanCoreTest {

    /*
     * 2000056535971, valid:
     *   2x3 + 0x5 + 0x7 + 0x13 + 0x17 + 5x19 + 6x23 + 5x29 + 3x31 + 5x37 + 9x41 + 7x43
     *   = 6 + 0 + 0 + 0 + 0 + 95 + 138 + 145 + 93 + 185 + 369 + 301 = 1332
     *   1332 mod 11 = 1 (11 x 121 = 1331), 1 mod 10 = 1 = digit 13.
     *
     * 1234567890123, invalid:
     *   1x3 + 2x5 + 3x7 + 4x13 + 5x17 + 6x19 + 7x23 + 8x29 + 9x31 + 0x37 + 1x41 + 2x43
     *   = 3 + 10 + 21 + 52 + 85 + 114 + 161 + 232 + 279 + 0 + 41 + 86 = 1084
     *   1084 mod 11 = 6 (11 x 98 = 1078), 6 mod 10 = 6, but digit 13 is 3.
     *
     * 1900012374324: sum 774, 774 mod 11 = 4 (11 x 70 = 770) = digit 13, valid.
     * 1315001165123: sum 640, 640 mod 11 = 2 (11 x 58 = 638), digit 13 is 3, invalid.
     */

    @ParameterizedTest
    @ValueSource(strings = {"2000056535971", "1900012374324"})
    void accepts_mpan_cores_with_a_correct_check_digit(String value) {
        assertThat(MpanCore.isValid(value)).isTrue();
        assertThat(MpanCore.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890123", "2000056535972", "1315001165123"})
    void rejects_mpan_cores_with_a_wrong_check_digit(String value) {
        assertThat(MpanCore.isValid(value)).isFalse();
        assertThatThrownBy(() -> MpanCore.of(value)).isInstanceOf(InvalidMpanCoreException.class)
                .hasMessageContaining("check digit");
    }

    @Test
    void says_which_check_digit_was_expected_and_which_was_found() {
        assertThatThrownBy(() -> MpanCore.of("1234567890123"))
                .hasMessage("MPAN core \"1234567890123\" has a wrong check digit: expected 6 found 3");
        assertThatThrownBy(() -> MpanCore.of("2000056535972")).hasMessageEndingWith("expected 1 found 2");
        assertThatThrownBy(() -> MpanCore.of("1315001165123")).hasMessageEndingWith("expected 2 found 3");
    }

    @Test
    void says_when_the_length_is_wrong() {
        assertThatThrownBy(() -> MpanCore.of("200005653597"))
                .isInstanceOf(InvalidMpanCoreException.class)
                .hasMessage("MPAN core must be 13 digits but \"200005653597\" has 12 characters");
        assertThatThrownBy(() -> MpanCore.of("")).hasMessageContaining("has 0 characters");
        assertThatThrownBy(() -> MpanCore.of(null)).hasMessageContaining("null");
    }

    @Test
    void says_where_a_non_digit_is() {
        assertThatThrownBy(() -> MpanCore.of("20000565359X1"))
                .isInstanceOf(InvalidMpanCoreException.class)
                .hasMessage("MPAN core must be 13 digits but \"20000565359X1\" has non-digit 'X' at position 12");
        // Non-ASCII digits (Arabic-Indic) are not MPAN digits.
        assertThat(MpanCore.isValid("200005653597\u0661")).isFalse();
        assertThat(MpanCore.isValid(" 2000056535971")).isFalse();
    }

    @Test
    void computes_the_check_digit_from_the_first_twelve_digits() {
        assertThat(MpanCore.checkDigitFor("200005653597")).isEqualTo(1);
        assertThat(MpanCore.checkDigitFor("190001237432")).isEqualTo(4);
        assertThatThrownBy(() -> MpanCore.checkDigitFor("12345")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void distributor_id_is_the_first_two_digits() {
        assertThat(MpanCore.of("2000056535971").distributorId()).isEqualTo(20);
        assertThat(MpanCore.of("1900012374324").distributorId()).isEqualTo(19);
    }

    @Test
    void is_a_value_with_the_digits_as_its_text() {
        assertThat(MpanCore.of("2000056535971")).isEqualTo(MpanCore.of("2000056535971"))
                .hasToString("2000056535971");
    }
}
