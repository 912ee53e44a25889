package uk.mhhs.common.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SettlementCalendarTest {

    private static final LocalDate SHORT_DAY_2026 = LocalDate.of(2026, 3, 29);
    private static final LocalDate LONG_DAY_2026 = LocalDate.of(2026, 10, 25);

    @Test
    void a_settlement_day_has_46_periods_in_spring_50_in_autumn_and_48_otherwise() {
        assertThat(SettlementCalendar.periodCount(SHORT_DAY_2026)).isEqualTo(46);
        assertThat(SettlementCalendar.periodCount(LONG_DAY_2026)).isEqualTo(50);
        assertThat(SettlementCalendar.periodCount(LocalDate.of(2026, 6, 1))).isEqualTo(48);
        assertThat(SettlementCalendar.periodCount(LocalDate.of(2026, 1, 15))).isEqualTo(48);
        assertThat(new SettlementDay(SHORT_DAY_2026).periods()).hasSize(46);
        assertThat(new SettlementDay(LONG_DAY_2026).periods()).hasSize(50);
    }

    /*
     * 2026-03-29, clocks go forward at 01:00Z (01:00 GMT -> 02:00 BST).
     * Local midnight is 00:00 GMT = 00:00Z. Period 1 00:00-00:30Z, 2 00:30-01:00Z,
     * 3 01:00-01:30Z (= 02:00 BST). The day ends at 2026-03-30 00:00 BST = 2026-03-29T23:00Z:
     * 23 hours, 46 periods; period 46 is 22:30-23:00Z.
     */
    @Test
    void short_day_periods_by_hand() {
        assertPeriod(SHORT_DAY_2026, 1, "2026-03-29T00:00:00Z", "2026-03-29T00:30:00Z");
        assertPeriod(SHORT_DAY_2026, 3, "2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z");
        assertPeriod(SHORT_DAY_2026, 46, "2026-03-29T22:30:00Z", "2026-03-29T23:00:00Z");
        assertThat(SettlementCalendar.periodContaining(Instant.parse("2026-03-29T23:00:00Z")))
                .isEqualTo(SettlementCalendar.period(LocalDate.of(2026, 3, 30), 1));
    }

    /*
     * 2026-10-25, clocks go back at 01:00Z (02:00 BST -> 01:00 GMT).
     * Local midnight is 00:00 BST = 2026-10-24T23:00Z. Period 1 23:00-23:30Z on the 24th,
     * 2 23:30-00:00Z, 3 00:00-00:30Z on the 25th (= 01:00 BST), 5 01:00-01:30Z (= 01:00 GMT, the
     * second 01:00). The day ends at 2026-10-26 00:00 GMT = 00:00Z: 25 hours, 50 periods; period 50
     * is 2026-10-25T23:30Z-2026-10-26T00:00Z.
     */
    @Test
    void long_day_periods_by_hand() {
        assertPeriod(LONG_DAY_2026, 1, "2026-10-24T23:00:00Z", "2026-10-24T23:30:00Z");
        assertPeriod(LONG_DAY_2026, 3, "2026-10-25T00:00:00Z", "2026-10-25T00:30:00Z");
        assertPeriod(LONG_DAY_2026, 5, "2026-10-25T01:00:00Z", "2026-10-25T01:30:00Z");
        assertPeriod(LONG_DAY_2026, 50, "2026-10-25T23:30:00Z", "2026-10-26T00:00:00Z");
        assertThat(SettlementCalendar.periodContaining(Instant.parse("2026-10-24T22:59:59Z")))
                .isEqualTo(SettlementCalendar.period(LocalDate.of(2026, 10, 24), 48));
    }

    /* 2026-06-01 (BST): starts 2026-05-31T23:00Z, so period 1 is 23:00-23:30Z on 31 May and period 48 is 22:30-23:00Z. */
    @Test
    void summer_day_periods_by_hand() {
        LocalDate summer = LocalDate.of(2026, 6, 1);
        assertPeriod(summer, 1, "2026-05-31T23:00:00Z", "2026-05-31T23:30:00Z");
        assertPeriod(summer, 48, "2026-06-01T22:30:00Z", "2026-06-01T23:00:00Z");
        assertThat(SettlementCalendar.periodContaining(Instant.parse("2026-06-01T12:14:59Z")).period())
                .isEqualTo(27); // 13:14 BST: 26 whole half hours since local midnight
    }

    @Test
    void every_period_of_every_clock_change_day_2020_to_2035_round_trips() {
        for (int year = 2020; year <= 2035; year++) {
            LocalDate spring = lastSunday(year, Month.MARCH);
            LocalDate autumn = lastSunday(year, Month.OCTOBER);
            assertThat(SettlementCalendar.periodCount(spring)).as("spring %s", spring).isEqualTo(46);
            assertThat(SettlementCalendar.periodCount(autumn)).as("autumn %s", autumn).isEqualTo(50);
            for (LocalDate day : List.of(spring.minusDays(1), spring, spring.plusDays(1),
                    autumn.minusDays(1), autumn, autumn.plusDays(1))) {
                assertRoundTrips(day);
            }
        }
    }

    @Test
    void only_clock_change_days_differ_from_48_periods_2020_to_2035() {
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() <= 2035; d = d.plusDays(1)) {
            int expected = d.equals(lastSunday(d.getYear(), Month.MARCH)) ? 46
                    : d.equals(lastSunday(d.getYear(), Month.OCTOBER)) ? 50 : 48;
            assertThat(SettlementCalendar.periodCount(d)).as(d.toString()).isEqualTo(expected);
        }
    }

    @Test
    void long_day_covers_utc_periods_47_and_48_of_the_day_before_and_all_48_of_its_date() {
        List<UtcSettlementPeriod> expected = new ArrayList<>();
        expected.add(new UtcSettlementPeriod(LocalDate.of(2026, 10, 24), 47));
        expected.add(new UtcSettlementPeriod(LocalDate.of(2026, 10, 24), 48));
        expected.addAll(UtcSettlementPeriod.periodsOf(LONG_DAY_2026));

        assertThat(SettlementCalendar.utcPeriodsOf(LONG_DAY_2026)).containsExactlyElementsOf(expected);
    }

    @Test
    void short_day_covers_utc_periods_1_to_46_of_its_date() {
        assertThat(new SettlementDay(SHORT_DAY_2026).utcPeriods()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 46).mapToObj(i -> new UtcSettlementPeriod(SHORT_DAY_2026, i)).toList());
    }

    @Test
    void converts_between_utc_and_settlement_periods() {
        UtcSettlementPeriod utc = new UtcSettlementPeriod(LocalDate.of(2026, 10, 24), 47);
        SettlementPeriod settlement = SettlementCalendar.period(LONG_DAY_2026, 1);

        assertThat(utc.toSettlementPeriod()).isEqualTo(settlement);
        assertThat(SettlementCalendar.toSettlementPeriod(utc)).isEqualTo(settlement);
        assertThat(settlement.toUtcPeriod()).isEqualTo(utc);
        assertThat(SettlementCalendar.toUtcPeriod(SettlementCalendar.period(LocalDate.of(2026, 1, 15), 48)))
                .isEqualTo(new UtcSettlementPeriod(LocalDate.of(2026, 1, 15), 48));
        // Every UTC period of a year maps to a settlement period and back.
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            for (UtcSettlementPeriod p : UtcSettlementPeriod.periodsOf(d)) {
                assertThat(p.toSettlementPeriod().toUtcPeriod()).isEqualTo(p);
            }
        }
    }

    @Test
    void rejects_periods_a_day_does_not_have() {
        assertThatThrownBy(() -> SettlementCalendar.period(SHORT_DAY_2026, 47))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("settlement day 2026-03-29 has periods 1 to 46, not 47");
        assertThatThrownBy(() -> SettlementCalendar.period(LONG_DAY_2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SettlementCalendar.period(LONG_DAY_2026, 50).period()).isEqualTo(50);
        assertThatThrownBy(() -> new SettlementPeriod(LONG_DAY_2026, 1, Instant.parse("2026-10-25T00:00:00Z"),
                Instant.parse("2026-10-25T00:30:00Z"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settlement_day_knows_its_bounds() {
        SettlementDay day = new SettlementDay(LONG_DAY_2026);
        assertThat(day.start()).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
        assertThat(day.periodCount()).isEqualTo(50);
    }

    private static void assertRoundTrips(LocalDate day) {
        List<SettlementPeriod> periods = SettlementCalendar.periodsOf(day);
        assertThat(periods).hasSize(SettlementCalendar.periodCount(day));
        assertThat(periods.get(0).startInstant()).isEqualTo(day.atStartOfDay(SettlementCalendar.GB).toInstant());
        assertThat(periods.get(periods.size() - 1).endInstant())
                .isEqualTo(day.plusDays(1).atStartOfDay(SettlementCalendar.GB).toInstant());
        for (int n = 1; n <= periods.size(); n++) {
            SettlementPeriod p = SettlementCalendar.period(day, n);
            assertThat(p.period()).isEqualTo(n);
            assertThat(SettlementCalendar.periodContaining(p.startInstant())).as("%s #%d", day, n).isEqualTo(p);
            assertThat(SettlementCalendar.periodContaining(p.endInstant().minusNanos(1))).isEqualTo(p);
            assertThat(SettlementCalendar.toSettlementPeriod(SettlementCalendar.toUtcPeriod(p))).isEqualTo(p);
            if (n > 1) {
                assertThat(p.startInstant()).isEqualTo(periods.get(n - 2).endInstant());
            }
        }
    }

    /** Independent of java.time zone rules: step back from the month's last day to a Sunday. */
    private static LocalDate lastSunday(int year, Month month) {
        LocalDate d = LocalDate.of(year, month, month.length(false));
        while (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static void assertPeriod(LocalDate day, int n, String start, String end) {
        SettlementPeriod p = SettlementCalendar.period(day, n);
        assertThat(p.startInstant()).as("%s #%d start", day, n).isEqualTo(Instant.parse(start));
        assertThat(p.endInstant()).as("%s #%d end", day, n).isEqualTo(Instant.parse(end));
    }
}
