package uk.mhhs.gateway.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class PublicationFilterTest {

    @Test
    void reads_every_filter_and_takes_a_missing_or_null_one_as_any() {
        PublicationFilter filter = parse("{\"datetimeFrom\":\"2026-11-02T07:00:00+01:00\",\"datetimeTo\":null,"
                + "\"eventCode\":\"[ActivePower]\",\"mpan\":\"2000056535971\",\"version\":\"011\","
                + "\"transactionIDs\":[\"T-1\",\"T-2\"]}");

        assertThat(filter.from()).isEqualTo(Instant.parse("2026-11-02T06:00:00Z"));
        assertThat(filter.to()).isNull();
        assertThat(filter.eventCode()).isEqualTo("[ActivePower]");
        assertThat(filter.mpan()).isEqualTo("2000056535971");
        assertThat(filter.schemaVersion()).isEqualTo("011");
        assertThat(filter.transactionIds()).containsExactly("T-1", "T-2");
        assertThat(parse("{}").transactionIds()).isEmpty();
    }

    @Test
    void refuses_what_the_spec_does_not_allow() {
        String hundredAndOne = String.join(",", Collections.nCopies(101, "\"T-1\""));

        assertThatThrownBy(() -> parse("{\"transactionIDs\":[" + hundredAndOne + "]}"))
                .hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> parse("{\"transactionIDs\":[]}")).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> parse("{\"MPAN\":\"123\"}")).hasMessageContaining("13 digits");
        assertThatThrownBy(() -> parse("{\"datetimeTo\":\"2026-11-02\"}")).hasMessageContaining("datetimeTo");
        assertThatThrownBy(() -> parse("{\"datetimeFrom\":\"2026-11-02T07:00:00+00:00\","
                + "\"datetimeTo\":\"2026-11-02T06:00:00+00:00\"}")).hasMessageContaining("before");
        assertThatThrownBy(() -> parse("[]")).hasMessageContaining("MessageRequest");
        assertThatThrownBy(() -> parse("")).hasMessageContaining("required");
        // NUL, which PostgreSQL text cannot hold (was a 500 from the query)
        for (String nul : new String[] {"{\"eventCode\":\"\\u0000\"}", "{\"version\":\"a\\u0000\"}",
                "{\"transactionIDs\":[\"\\u0000\"]}"}) {
            assertThatThrownBy(() -> parse(nul)).hasMessageContaining("must not contain NUL");
        }
    }

    private static PublicationFilter parse(String json) {
        return PublicationFilter.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
