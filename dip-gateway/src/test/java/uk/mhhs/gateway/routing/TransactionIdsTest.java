package uk.mhhs.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransactionIdsTest {

    private final TransactionIds ids = new TransactionIds();

    @Test
    void spells_interface_sender_role_and_UTC_day_then_a_unique_part() {
        String id = ids.next("IF-021", "9900000003", "SDS", Instant.parse("2026-03-21T23:59:59Z"));
        assertThat(id).matches("T-IF-021-9900000003-SDS-20260321-[0-9A-F]{20}");
    }

    @Test
    void stays_within_65_characters_for_the_longest_channel_and_role() {
        assertThat(ids.next("REP-002A", "9900000003", "UMSDS", Instant.now())).hasSizeLessThanOrEqualTo(65);
    }

    @Test
    void never_repeats_within_one_millisecond() {
        Instant now = Instant.now();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(ids.next("IF-021", "9900000003", "SDS", now))).isTrue();
        }
    }
}
