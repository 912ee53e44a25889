package uk.mhhs.common.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UtcSettlementPeriodTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 29);

    @Test
    void a_utc_date_has_48_periods_keyed_by_end_from_0030_to_next_midnight() {
        var periods = UtcSettlementPeriod.periodsOf(DATE);

        assertThat(periods).hasSize(48);
        assertThat(periods.get(0).start()).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
        assertThat(periods.get(0).end()).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
        assertThat(periods.get(47).end()).isEqualTo(Instant.parse("2026-03-30T00:00:00Z"));
    }

    @Test
    void finds_the_period_from_its_end_instant() {
        assertThat(UtcSettlementPeriod.endingAt(Instant.parse("2026-03-29T00:30:00Z")))
                .isEqualTo(new UtcSettlementPeriod(DATE, 1));
        assertThat(UtcSettlementPeriod.endingAt(Instant.parse("2026-03-30T00:00:00Z")))
                .isEqualTo(new UtcSettlementPeriod(DATE, 48));
        assertThat(UtcSettlementPeriod.startingAt(Instant.parse("2026-03-29T23:30:00Z")))
                .isEqualTo(new UtcSettlementPeriod(DATE, 48));
        assertThatThrownBy(() -> UtcSettlementPeriod.endingAt(Instant.parse("2026-03-29T00:31:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("half hour");
    }

    @Test
    void finds_the_period_containing_an_instant() {
        assertThat(UtcSettlementPeriod.containing(Instant.parse("2026-03-29T00:29:59.999Z")).index()).isEqualTo(1);
        assertThat(UtcSettlementPeriod.containing(Instant.parse("2026-03-29T00:30:00Z")).index()).isEqualTo(2);
        assertThat(UtcSettlementPeriod.containing(Instant.parse("2026-03-29T23:59:59Z")).index()).isEqualTo(48);
    }

    @Test
    void rejects_an_index_outside_1_to_48() {
        assertThatThrownBy(() -> new UtcSettlementPeriod(DATE, 49)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UTC settlement period must be 1 to 48 but was 49");
        assertThatThrownBy(() -> new UtcSettlementPeriod(DATE, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
