package uk.mhhs.dataservice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.mhhs.dataservice.rules.unmetered.GspGroupLocations;
import uk.mhhs.dataservice.rules.unmetered.SunDay;
import uk.mhhs.dataservice.rules.unmetered.SwitchRegime;
import uk.mhhs.dataservice.rules.unmetered.SwitchRegime.DimStep;
import uk.mhhs.dataservice.rules.unmetered.UnmeteredItem;

/**
 * Street lighting: 10 lamps × 70 W circuit watts = 700 W. A whole period on = 700 W × 0.5 h = 350 Wh = 0.350 kWh;
 * one minute on = 700 × 1/60 Wh = 0.011667 kWh, so ±2 minutes of sunrise/sunset = ±0.023 kWh.
 */
class EquivalentMeterTest {

    static final LocalDate SOLSTICE = LocalDate.of(2025, 12, 21);
    static final LocalDate MIDSUMMER = LocalDate.of(2026, 6, 21);
    static final BigDecimal FULL = new BigDecimal("0.350");
    static final BigDecimal ZERO = new BigDecimal("0.000");
    static final double TWO_MINUTES_KWH = 0.0234;

    final EquivalentMeter meter = new EquivalentMeter(GspGroupLocations.defaults());

    static List<UnmeteredItem> lamps(SwitchRegime regime) {
        return List.of(new UnmeteredItem("9001040000300", new BigDecimal("70"), 10, regime));
    }

    static double kwh(List<PeriodValue> p, int i) {
        return p.get(i).kwh().doubleValue();
    }

    static void assertPeriods(List<PeriodValue> p, int from, int toInclusive, BigDecimal expected) {
        for (int i = from; i <= toInclusive; i++) {
            assertThat(p.get(i).kwh()).as("period %d", i).isEqualTo(expected);
        }
    }

    @Test
    void london_street_lighting_dusk_to_dawn_on_the_winter_solstice() {
        // Published London times for 21 December (inews.co.uk sunrise/sunset table, "Friday 21 December":
        // London 8.04am / 3.53pm; GMT = UTC in winter). Allow ±2 minutes.
        SunDay sun = meter.sun("_C", SOLSTICE);
        assertThat(Duration.between(Instant.parse("2025-12-21T08:04:00Z"), sun.sunrise()).abs()).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(Duration.between(Instant.parse("2025-12-21T15:53:00Z"), sun.sunset()).abs()).isLessThanOrEqualTo(Duration.ofMinutes(2));

        List<PeriodValue> p = meter.day("_C", SOLSTICE, lamps(new SwitchRegime.DuskToDawn()));

        assertThat(p).hasSize(48).allMatch(v -> "A".equals(v.q()) && v.e() == null && v.arc() == null);
        // 00:00–08:00Z: dark, periods 0..15 fully on
        assertPeriods(p, 0, 15, FULL);
        // 08:00–08:30Z: on until sunrise 08:04 → 4 min: 700 W × 4/60 h = 46.67 Wh = 0.047 kWh (±0.023)
        assertThat(kwh(p, 16)).isCloseTo(0.047, within(TWO_MINUTES_KWH));
        // 08:30–15:30Z: daylight
        assertPeriods(p, 17, 30, ZERO);
        // 15:30–16:00Z: on from sunset 15:53 → 7 min: 700 × 7/60 = 81.67 Wh = 0.082 kWh (±0.023)
        assertThat(kwh(p, 31)).isCloseTo(0.082, within(TWO_MINUTES_KWH));
        // 16:00–24:00Z: on
        assertPeriods(p, 32, 47, FULL);
        // day: 32 × 0.350 + 0.047 + 0.082 = 11.329 kWh (±2 × 0.023)
        assertThat(DayProcessorTest.sum(p).doubleValue()).isCloseTo(11.329, within(2 * TWO_MINUTES_KWH));
    }

    @Test
    void photocell_offsets_move_switching() {
        // on 15 min after sunset, off 15 min before sunrise: sunrise 08:04 − 15 = 07:49 → period 15 (07:30–08:00)
        // on 19 min: 700 × 19/60 = 221.67 Wh = 0.222 kWh ; period 16 off
        List<PeriodValue> p = meter.day("_C", SOLSTICE, lamps(new SwitchRegime.DuskToDawn(15, -15)));
        assertThat(kwh(p, 15)).isCloseTo(0.222, within(TWO_MINUTES_KWH));
        assertThat(p.get(16).kwh()).isEqualTo(ZERO);
        // sunset 15:53 + 15 = 16:08 → period 32 (16:00–16:30) on 22 min: 700 × 22/60 = 256.67 Wh = 0.257 kWh
        assertThat(kwh(p, 32)).isCloseTo(0.257, within(TWO_MINUTES_KWH));
        assertThat(p.get(31).kwh()).isEqualTo(ZERO);
    }

    @Test
    void part_night_off_00_00_to_05_30_UK_local_in_winter_is_00_00_to_05_30Z() {
        List<PeriodValue> p = meter.day("_C", SOLSTICE,
                lamps(new SwitchRegime.PartNight(LocalTime.of(0, 0), LocalTime.of(5, 30))));
        assertPeriods(p, 0, 10, ZERO);      // 00:00–05:30Z off
        assertPeriods(p, 11, 15, FULL);     // 05:30–08:00Z on (dark)
        assertThat(kwh(p, 16)).isCloseTo(0.047, within(TWO_MINUTES_KWH)); // until sunrise 08:04
        assertPeriods(p, 32, 47, FULL);     // 16:00Z to local midnight 22 Dec 00:00 = 24:00Z
    }

    @Test
    void part_night_off_00_00_to_05_30_UK_local_in_summer_is_23_00_to_04_30Z() {
        // London 21 June: sunrise ≈ 04:43 BST = 03:43Z, sunset ≈ 21:21 BST = 20:21Z (published times, ±2 min)
        SunDay sun = meter.sun("_C", MIDSUMMER);
        assertThat(Duration.between(Instant.parse("2026-06-21T03:43:00Z"), sun.sunrise()).abs()).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(Duration.between(Instant.parse("2026-06-21T20:21:00Z"), sun.sunset()).abs()).isLessThanOrEqualTo(Duration.ofMinutes(2));

        List<PeriodValue> p = meter.day("_C", MIDSUMMER,
                lamps(new SwitchRegime.PartNight(LocalTime.of(0, 0), LocalTime.of(5, 30))));
        // morning: dark 00:00–03:43Z but off 23:00Z (20 June) – 04:30Z → nothing
        assertPeriods(p, 0, 39, ZERO);
        // 20:00–20:30Z: on from 20:21 → 9 min: 700 × 9/60 = 105 Wh = 0.105 kWh
        assertThat(kwh(p, 40)).isCloseTo(0.105, within(TWO_MINUTES_KWH));
        // 20:30–23:00Z on
        assertPeriods(p, 41, 45, FULL);
        // 23:00–24:00Z = 00:00–01:00 BST on 22 June: off
        assertPeriods(p, 46, 47, ZERO);
    }

    @Test
    void clock_change_days_are_48_periods_and_use_UK_local_times() {
        PartNightCase.check(meter.day("_C", LocalDate.of(2026, 3, 29),
                lamps(new SwitchRegime.PartNight(LocalTime.of(0, 0), LocalTime.of(5, 30)))), true);
        PartNightCase.check(meter.day("_C", LocalDate.of(2026, 10, 25),
                lamps(new SwitchRegime.PartNight(LocalTime.of(0, 0), LocalTime.of(5, 30)))), false);
    }

    /** The clock-change expectations, worked by hand. */
    static final class PartNightCase {
        static void check(List<PeriodValue> p, boolean spring) {
            assertThat(p).hasSize(48);
            if (spring) {
                // 29 March 2026: GMT until 01:00Z, then BST. Local 00:00 on the 29th = 00:00Z; local 05:30 = 04:30Z.
                // Sunrise London ≈ 06:44 BST = 05:44Z (≈ 06:03 GMT on 20 March, about 2 min earlier per day).
                assertPeriods(p, 0, 8, ZERO);    // 00:00–04:30Z off
                assertPeriods(p, 9, 10, FULL);   // 04:30–05:30Z on, still dark
                // evening: sunset ≈ 19:29 BST = 18:29Z; from 19:00Z fully on until local 00:00 on the 30th = 23:00Z
                assertPeriods(p, 38, 45, FULL);
                assertPeriods(p, 46, 47, ZERO);  // 23:00–24:00Z = 00:00–01:00 BST: off
            } else {
                // 25 October 2026: BST until 01:00Z, then GMT. Local 00:00 on the 25th = 23:00Z on the 24th;
                // local 05:30 = 05:30Z. Sunrise ≈ 06:42 GMT, sunset ≈ 16:47 GMT.
                assertPeriods(p, 0, 10, ZERO);   // 00:00–05:30Z off
                assertPeriods(p, 11, 12, FULL);  // 05:30–06:30Z on
                assertPeriods(p, 34, 47, FULL);  // 17:00Z to local 00:00 on the 26th = 24:00Z
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        // date,      first on-period run (inclusive), second run — fixed hours 22:00–06:00 UK local
        "2025-12-21, 0, 11, 44, 47", // GMT: 00:00–06:00Z and 22:00–24:00Z
        "2026-06-21, 0, 9, 42, 47",  // BST: 00:00–05:00Z and 21:00–24:00Z
    })
    void fixed_hours_spanning_midnight(LocalDate date, int a0, int a1, int b0, int b1) {
        List<PeriodValue> p = meter.day("_C", date,
                lamps(new SwitchRegime.FixedHours(LocalTime.of(22, 0), LocalTime.of(6, 0))));
        for (int i = 0; i < 48; i++) {
            boolean on = (i >= a0 && i <= a1) || (i >= b0 && i <= b1);
            assertThat(p.get(i).kwh()).as("period %d", i).isEqualTo(on ? FULL : ZERO);
        }
        // GMT: 16 periods × 0.350 = 5.600 ; BST: 16 periods too (10 + 6)
        assertThat(DayProcessorTest.sum(p)).isEqualByComparingTo("5.600");
    }

    @Test
    void dimming_scales_the_watts_within_its_window() {
        SwitchRegime dimmed = new SwitchRegime.Dimming(new SwitchRegime.FixedHours(LocalTime.of(22, 0), LocalTime.of(6, 0)),
                List.of(new DimStep(LocalTime.of(0, 0), LocalTime.of(6, 0), new BigDecimal("0.5"))));
        List<PeriodValue> p = meter.day("_C", SOLSTICE, lamps(dimmed));
        // 00:00–06:00Z at 50 %: 700 W × 0.5 × 0.5 h = 175 Wh = 0.175 kWh ; 22:00–24:00Z full 0.350
        assertPeriods(p, 0, 11, new BigDecimal("0.175"));
        assertPeriods(p, 44, 47, FULL);
        // a dim window cutting a period: dim 00:00–00:10 to 30 % → period 0: 10 min × 210 W + 20 min × 700 W
        // = 35 Wh + 233.33 Wh = 268.33 Wh = 0.268 kWh
        SwitchRegime partly = new SwitchRegime.Dimming(new SwitchRegime.FixedHours(LocalTime.of(0, 0), LocalTime.of(0, 0)),
                List.of(new DimStep(LocalTime.of(0, 0), LocalTime.of(0, 10), new BigDecimal("0.3"))));
        assertThat(meter.day("_C", SOLSTICE, lamps(partly)).get(0).kwh()).isEqualTo(new BigDecimal("0.268"));
    }

    @Test
    void items_are_summed_over_regimes() {
        List<UnmeteredItem> items = List.of(
                new UnmeteredItem("A", new BigDecimal("70"), 10, new SwitchRegime.DuskToDawn()),
                new UnmeteredItem("B", new BigDecimal("100"), 2, new SwitchRegime.FixedHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)),
                new UnmeteredItem("C", new BigDecimal("35"), 20, new SwitchRegime.DuskToDawn()));
        List<PeriodValue> p = meter.day("C", SOLSTICE, items);
        // noon: only the 200 W always-on: 200 × 0.5 h = 0.100 kWh
        assertThat(p.get(24).kwh()).isEqualTo(new BigDecimal("0.100"));
        // midnight: 700 + 200 + 700 = 1600 W × 0.5 h = 0.800 kWh
        assertThat(p.get(0).kwh()).isEqualTo(new BigDecimal("0.800"));
    }

    @Test
    void every_gsp_group_has_a_location_and_48_periods_and_an_unknown_group_is_refused() {
        for (String g : GspGroupLocations.defaults().all().keySet()) {
            assertThat(meter.day(g, SOLSTICE, lamps(new SwitchRegime.DuskToDawn()))).hasSize(48);
        }
        assertThat(GspGroupLocations.defaults().all()).hasSize(14);
        // Inverness, 21 December: published sunrise 8.57am, sunset 3.32pm (inews.co.uk table); ±2 min
        SunDay north = meter.sun("_P", SOLSTICE);
        assertThat(Duration.between(Instant.parse("2025-12-21T08:57:00Z"), north.sunrise()).abs()).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(Duration.between(Instant.parse("2025-12-21T15:32:00Z"), north.sunset()).abs()).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> meter.day("_Q", SOLSTICE, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(meter.day("_A", SOLSTICE, List.of())).hasSize(48).allMatch(v -> v.kwh().signum() == 0);
    }
}
