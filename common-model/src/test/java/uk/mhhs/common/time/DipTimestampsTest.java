package uk.mhhs.common.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DipTimestampsTest {

    @Test
    void formats_an_instant_in_utc_with_numeric_offset_and_no_fraction() {
        assertThat(DipTimestamps.format(Instant.parse("2022-03-21T19:05:00.987Z"))).isEqualTo("2022-03-21T19:05:00+00:00")
                .hasSize(25);
    }

    @Test
    void formats_an_offset_date_time_keeping_its_offset() {
        assertThat(DipTimestamps.format(OffsetDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1))))
                .isEqualTo("2026-06-01T00:00:00+01:00");
    }

    @Test
    void parses_a_25_character_timestamp() {
        assertThat(DipTimestamps.parse("2022-03-21T19:05:00+00:00"))
                .isEqualTo(OffsetDateTime.of(2022, 3, 21, 19, 5, 0, 0, ZoneOffset.UTC));
        assertThat(DipTimestamps.parseInstant("2026-06-01T00:00:00+01:00"))
                .isEqualTo(Instant.parse("2026-05-31T23:00:00Z"));
        assertThat(DipTimestamps.isValid("2022-03-21T19:05:00+00:00")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-03-21T19:05:00Z", "2022-03-21T19:05:00.000+00:00", "2022-03-21T19:05+00:00",
        "2022-03-21 19:05:00+00:00", "2022-02-30T19:05:00+00:00", "2022-03-21T24:05:00+00:00",
        "2022-03-21T19:05:00+0000", "2022-03-21", ""})
    void rejects_anything_else(String text) {
        assertThat(DipTimestamps.isValid(text)).isFalse();
        assertThatThrownBy(() -> DipTimestamps.parse(text)).isInstanceOf(InvalidDipTimestampException.class)
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void says_why_a_timestamp_is_rejected() {
        assertThatThrownBy(() -> DipTimestamps.parse("2022-03-21T19:05:00Z"))
                .hasMessage("DIP timestamp must be 25 characters like 2022-03-21T19:05:00+00:00"
                        + " but \"2022-03-21T19:05:00Z\" has 20");
        assertThatThrownBy(() -> DipTimestamps.parse(null)).hasMessageEndingWith("but was null");
    }
}
