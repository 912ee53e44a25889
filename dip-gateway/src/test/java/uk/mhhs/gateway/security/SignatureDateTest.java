package uk.mhhs.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The signature date's fast parse takes exactly what {@link Instant#parse} takes, to the same instant. */
class SignatureDateTest {

    @ParameterizedTest
    @CsvSource({
        // the form clients send, and its edges
        "2026-12-02T11:43:27.538Z, 1796211807538",
        "2024-02-29T23:59:59.999Z, 1709251199999",
        "1970-01-01T00:00:00.000Z, 0",
        // 24:00 is the end of the day, i.e. midnight of the next: the fast path leaves it to Instant.parse
        "2026-12-02T24:00:00.000Z, 1796256000000",
        // other ISO-8601 instants, for Instant.parse: no fraction, micro-seconds, an offset
        "2026-12-02T11:43:27Z, 1796211807000",
        "2026-12-02T11:43:27.538123Z, 1796211807538",
        "2026-12-02T12:43:27.538+01:00, 1796211807538",
    })
    void reads_an_instant_as_Instant_parse_does(String text, long epochMillis) {
        assertThat(RegisteredSignatureVerifier.instantOf(text)).isEqualTo(Instant.parse(text));
        assertThat(RegisteredSignatureVerifier.instantOf(text).toEpochMilli()).isEqualTo(epochMillis);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:00:00.000Z", "2026-13-01T10:00:00.000Z", "2026-12-02T24:00:01.000Z",
        "2026-12-02T10:60:00.000Z", "2026-12-02T10:00:00.00aZ", "2026-12-02 10:00:00.000Z", "+026-12-02T10:00:00.000Z",
        "yesterday"})
    void refuses_what_Instant_parse_refuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> RegisteredSignatureVerifier.instantOf(text))
                .isInstanceOf(DateTimeParseException.class);
    }
}
