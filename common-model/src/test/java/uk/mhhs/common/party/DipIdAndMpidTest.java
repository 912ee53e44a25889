package uk.mhhs.common.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DipIdAndMpidTest {

    @Test
    void a_dip_id_has_exactly_ten_characters() {
        assertThat(DipId.of("1009012345").value()).isEqualTo("1009012345");
        assertThat(DipId.isValid("1009012345")).isTrue();
        assertThat(DipId.isValid("100901234")).isFalse();
        assertThat(DipId.isValid("10090123456")).isFalse();
        assertThat(DipId.isValid(null)).isFalse();
    }

    @Test
    void a_dip_id_of_the_wrong_length_says_how_long_it_was() {
        assertThatThrownBy(() -> DipId.of("00000000000")).isInstanceOf(InvalidDipIdException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DIP ID must be exactly 10 characters but \"00000000000\" has 11");
        assertThatThrownBy(() -> DipId.of(null)).hasMessage("DIP ID must be exactly 10 characters but was null");
    }

    @Test
    void an_mpid_is_four_upper_case_letters() {
        assertThat(Mpid.of("EMEB")).hasToString("EMEB");
        assertThat(Mpid.isValid("emeb")).isFalse();
        assertThat(Mpid.isValid("A0XO")).isFalse();
        assertThat(Mpid.isValid("EMEBX")).isFalse();
        assertThatThrownBy(() -> Mpid.of("A0XO")).isInstanceOf(InvalidMpidException.class)
                .hasMessage("MPID must be four upper-case letters A-Z but was \"A0XO\"");
    }
}
