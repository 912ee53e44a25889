package uk.mhhs.mds.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettlementDayPeriodsTest {

    @ParameterizedTest(name = "{0}: {1} periods, SP1 {2}#{3}, last {4}#{5}")
    @CsvSource({
        // date, count, SP1 UTC date, index, last UTC date, index
        // winter: UK = UTC, 00:00Z–24:00Z → indices 0..47 of the same date
        "2026-01-15, 48, 2026-01-15, 0, 2026-01-15, 47",
        // clocks forward 01:00 GMT → 02:00 BST: UK day 00:00Z–23:00Z (23 h = 46 periods), last 22:30–23:00Z = 45
        "2026-03-29, 46, 2026-03-29, 0, 2026-03-29, 45",
        // summer (BST): UK day 2026-06-30T23:00Z – 2026-07-01T23:00Z: SP1 = 06-30 index 46, SP48 = 07-01 index 45
        "2026-07-01, 48, 2026-06-30, 46, 2026-07-01, 45",
        // clocks back 02:00 BST → 01:00 GMT: UK day 2026-10-24T23:00Z – 2026-10-26T00:00Z (25 h = 50 periods)
        "2026-10-25, 50, 2026-10-24, 46, 2026-10-25, 47",
        // the day after clocks back is GMT again
        "2026-10-26, 48, 2026-10-26, 0, 2026-10-26, 47",
    })
    void periods_in_settlement_period_order(LocalDate date, int count, LocalDate firstDate, int firstIndex,
            LocalDate lastDate, int lastIndex) {
        List<UtcPeriod> periods = SettlementDayPeriods.of(date);
        assertThat(periods).hasSize(count);
        assertThat(periods.get(0)).isEqualTo(new UtcPeriod(firstDate, firstIndex));
        assertThat(periods.get(count - 1)).isEqualTo(new UtcPeriod(lastDate, lastIndex));
    }

    @Test
    void summer_day_crosses_utc_midnight_after_sp2() {
        List<UtcPeriod> periods = SettlementDayPeriods.of(LocalDate.of(2026, 7, 1));
        // SP1 23:00–23:30Z, SP2 23:30–00:00Z of 06-30, SP3 00:00–00:30Z of 07-01
        assertThat(periods.subList(0, 3)).containsExactly(new UtcPeriod(LocalDate.of(2026, 6, 30), 46),
                new UtcPeriod(LocalDate.of(2026, 6, 30), 47), new UtcPeriod(LocalDate.of(2026, 7, 1), 0));
    }

    @Test
    void clock_change_days_have_distinct_consecutive_half_hours() {
        // 2026-10-25: SP1..SP2 on 10-24 (46, 47), SP3..SP50 on 10-25 (0..47): 2 + 48 = 50
        List<UtcPeriod> periods = SettlementDayPeriods.of(LocalDate.of(2026, 10, 25));
        assertThat(periods).doesNotHaveDuplicates();
        assertThat(periods.get(2)).isEqualTo(new UtcPeriod(LocalDate.of(2026, 10, 25), 0));
    }

    @Test
    void index_is_0_to_47() {
        assertThatThrownBy(() -> new UtcPeriod(LocalDate.of(2026, 1, 1), 48)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UtcPeriod(LocalDate.of(2026, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
