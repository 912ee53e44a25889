package uk.mhhs.dataservice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SegmentTest {

    @ParameterizedTest
    @CsvSource({"S, SMART, SDS", "A, ADVANCED, ADS", "U, UNMETERED, UMSDS"})
    void codes_and_roles(String code, Segment segment, String role) {
        assertThat(Segment.fromCode(code)).isEqualTo(segment);
        assertThat(segment.code()).isEqualTo(code);
        assertThat(segment.role()).isEqualTo(role);
    }

    @Test
    void unknown_code() {
        assertThatThrownBy(() -> Segment.fromCode("X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Segment.fromCode(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
