package uk.mhhs.lss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.mhhs.lss.rules.Kwh.all;
import static uk.mhhs.lss.rules.Kwh.kwh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShapeCalculatorTest {

    static final LocalDate DATE = LocalDate.of(2026, 2, 10);
    static final Category T_A = new Category("_A", "W", "S", "T", "AI");
    static final Category F_A = new Category("_A", "W", "S", "F", "AI");
    static final Category T_B = new Category("_B", "W", "S", "T", "AI");
    static final Category F_B = new Category("_B", "W", "S", "F", "AI");
    static final Category T_C = new Category("_C", "W", "S", "T", "AI");
    static final Category F_C = new Category("_C", "W", "S", "F", "AI");
    static final Category T_D = new Category("_D", "W", "S", "T", "AI");
    /** Same group and domestic as T_C/T_D but another connection type, segment or MQ: never in their ladder. */
    static final List<Category> NOISE = List.of(new Category("_C", "L", "S", "T", "AI"),
            new Category("_C", "W", "A", "T", "AI"), new Category("_C", "W", "S", "T", "AE"),
            new Category("_D", "L", "S", "T", "AI"), new Category("_D", "W", "S", "T", "AE"));

    final ShapeCalculator calculator = new ShapeCalculator(LssSettings.defaults());

    static SampleCube withNoise() {
        SampleCube cube = new SampleCube();
        NOISE.forEach(n -> cube.addUniform(n, 100, 500_000)); // 100 MPANs of 5.000 kWh each
        return cube;
    }

    static CategoryShape one(ShapeCalculator calc, SampleCube cube, Category c, BackStop backStop) {
        Map<Category, PeriodSums> fine = cube.sums();
        DayShapes day = calc.calculate(DATE, fine, ShapeCalculator.toPublish(fine, Set.of(c)), backStop);
        return day.get(c);
    }

    @Test
    void four_actuals_give_their_mean_and_the_estimate_and_non_actual_codes_are_left_out() {
        ShapeCalculator calc = new ShapeCalculator(LssSettings.defaults().withMinimumSample(4));
        SampleCube cube = new SampleCube();
        assertThat(cube.add(T_A, 0, kwh("0.20"), "A")).isTrue();
        assertThat(cube.add(T_A, 0, kwh("0.30"), "A1")).isTrue();
        assertThat(cube.add(T_A, 0, kwh("0.25"), "A2")).isTrue();
        assertThat(cube.add(T_A, 0, kwh("0.45"), "A")).isTrue();
        assertThat(cube.add(T_A, 0, kwh("0.90"), "E2")).isFalse(); // estimate
        assertThat(cube.add(T_A, 0, kwh("0.60"), "A3")).isFalse(); // scaled interpolation: not actual
        assertThat(cube.add(T_A, 0, kwh("0.70"), "AAE1")).isFalse();

        CategoryShape s = one(calc, cube, T_A, BackStop.none());

        // (0.20 + 0.30 + 0.25 + 0.45) / 4 = 1.20 / 4 = 0.300
        assertThat(s.value(0)).isEqualTo(kwh("0.300"));
        assertThat(s.flag(0)).isEqualTo("A");
        assertThat(s.sample()).isEqualTo(4);
        // periods 2..48 have no actual value anywhere: flag B, standard shape 0.250
        assertThat(s.value(1)).isEqualTo(kwh("0.250"));
        assertThat(s.flag(1)).isEqualTo("B");
        assertThat(s.flag(47)).isEqualTo("B");
        assertThat(s.source()).isEqualTo("category+standard-shape");
        assertThat(s.values()).hasSize(48);
    }

    @Test
    void the_mean_is_rounded_half_up_to_3_decimals_once() {
        ShapeCalculator calc = new ShapeCalculator(LssSettings.defaults().withMinimumSample(2));
        SampleCube cube = new SampleCube()
                .addSums(T_A, 0, 3, 1000)  // 1.000 / 3 = 0.3333.. → 0.333
                .addSums(T_A, 1, 2, 1)     // 0.001 / 2 = 0.0005 → 0.001 (HALF_UP)
                .addSums(T_A, 2, 3, 2000)  // 2.000 / 3 = 0.6666.. → 0.667
                .addSums(T_A, 3, 7, 1000); // 1.000 / 7 = 0.142857.. → 0.143
        CategoryShape s = one(calc, cube, T_A, BackStop.none());
        assertThat(s.value(0)).isEqualTo(kwh("0.333"));
        assertThat(s.value(1)).isEqualTo(kwh("0.001"));
        assertThat(s.value(2)).isEqualTo(kwh("0.667"));
        assertThat(s.value(3)).isEqualTo(kwh("0.143"));
        assertThat(s.sample()).isEqualTo(7); // the largest per-period count
    }

    @Test
    void a_thin_category_uses_its_gsp_group_with_domestic_any_flag_d() {
        SampleCube cube = withNoise()
                .addUniform(T_A, 2, 1000)    // 2 MPANs, 0.400 + 0.600 = 1.000 kWh
                .addUniform(F_A, 38, 15200); // 38 MPANs, 15.200 kWh
        Map<Category, PeriodSums> fine = cube.sums();
        DayShapes day = calculator.calculate(DATE, fine, ShapeCalculator.toPublish(fine, Set.of()), BackStop.none());

        CategoryShape thin = day.get(T_A);
        // _A domestic any: 2 + 38 = 40 ≥ 30 MPANs, (1.000 + 15.200) / 40 = 16.200 / 40 = 0.405
        assertThat(thin.values()).containsOnly(kwh("0.405"));
        assertThat(thin.flags()).containsOnly("D");
        assertThat(thin.sample()).isEqualTo(2);
        assertThat(thin.source()).isEqualTo("group");
        // F_A has 38 ≥ 30 itself: 15.200 / 38 = 0.400, flag A
        assertThat(day.get(F_A).values()).containsOnly(kwh("0.400"));
        assertThat(day.get(F_A).flags()).containsOnly("A");
        assertThat(day.get(F_A).source()).isEqualTo("category");
        // the noise categories were published too (every fine category seen): 500.000 / 100 = 5.000, A
        assertThat(day.get(NOISE.get(0)).values()).containsOnly(kwh("5.000"));
        assertThat(day.shapes()).hasSize(2 + NOISE.size());
    }

    @Test
    void a_thin_category_in_a_thin_group_falls_to_national_with_its_domestic_indicator() {
        SampleCube cube = withNoise()
                .addUniform(T_B, 5, 2500)    // _B domestic: 5 MPANs, 2.500 kWh
                .addUniform(F_B, 10, 6000)   // _B non-domestic: 10 MPANs
                .addUniform(T_C, 30, 12000); // _C domestic: 30 MPANs, 12.000 kWh
        CategoryShape s = one(calculator, cube, T_B, BackStop.none());
        // own 5 < 30; _B any 5 + 10 = 15 < 30; national T: 5 + 30 = 35 ≥ 30 (F_B and the noise not in it)
        // (2.500 + 12.000) / 35 = 14.500 / 35 = 0.414285.. → 0.414
        assertThat(s.values()).containsOnly(kwh("0.414"));
        assertThat(s.flags()).containsOnly("D");
        assertThat(s.source()).isEqualTo("national");
        assertThat(s.sample()).isEqualTo(5);
    }

    @Test
    void then_to_national_domestic_any() {
        SampleCube cube = withNoise()
                .addUniform(T_B, 5, 2500)   // 2.500 kWh
                .addUniform(F_B, 10, 6000)  // 6.000 kWh
                .addUniform(F_C, 20, 8000); // 8.000 kWh
        CategoryShape s = one(calculator, cube, T_B, BackStop.none());
        // own 5; _B any 15; national T 5; national any 5 + 10 + 20 = 35 ≥ 30
        // (2.500 + 6.000 + 8.000) / 35 = 16.500 / 35 = 0.471428.. → 0.471
        assertThat(s.values()).containsOnly(kwh("0.471"));
        assertThat(s.flags()).containsOnly("D");
        assertThat(s.source()).isEqualTo("national-any");
    }

    @Test
    void the_ladder_is_evaluated_per_period_and_exactly_the_minimum_is_enough() {
        SampleCube cube = new SampleCube();
        for (int i = 0; i < 48; i++) {
            if (i < 24) {
                cube.addSums(T_A, i, 30, 9000);  // exactly 30: own level, 9.000 / 30 = 0.300
            } else {
                cube.addSums(T_A, i, 29, 8700);  // 29 < 30: falls to the group
            }
            cube.addSums(F_A, i, 10, 5000);
        }
        CategoryShape s = one(calculator, cube, T_A, BackStop.none());
        assertThat(s.value(0)).isEqualTo(kwh("0.300"));
        assertThat(s.flag(23)).isEqualTo("A");
        // period 25: _A any 29 + 10 = 39, (8.700 + 5.000) / 39 = 13.700 / 39 = 0.351282.. → 0.351
        assertThat(s.value(24)).isEqualTo(kwh("0.351"));
        assertThat(s.flag(47)).isEqualTo("D");
        assertThat(s.sample()).isEqualTo(30);
        assertThat(s.source()).isEqualTo("category+group");
    }

    @Test
    void a_category_with_no_data_takes_the_previous_weeks_values_flag_e() {
        SampleCube cube = withNoise().addUniform(T_A, 2, 800); // some actual data nationally, 2 < 30
        BigDecimal[] lastWeek = all("0.123");
        lastWeek[5] = kwh("0.7775"); // published values are scale 3; 0.7775 → 0.778 (HALF_UP)
        BackStop backStop = c -> c.equals(T_D) ? Optional.of(lastWeek) : Optional.empty();

        CategoryShape s = one(calculator, cube, T_D, backStop);

        // T_D: own 0, _D any 0 (noise excluded), national T 2, national any 2: below 30 but not nothing → E
        assertThat(s.flags()).containsOnly("E");
        assertThat(s.value(0)).isEqualTo(kwh("0.123"));
        assertThat(s.value(5)).isEqualTo(kwh("0.778"));
        assertThat(s.source()).isEqualTo("previous-week");
        assertThat(s.sample()).isZero();
    }

    @Test
    void without_a_previous_week_the_standard_shape() {
        SampleCube cube = withNoise().addUniform(T_A, 2, 800);
        CategoryShape s = one(calculator, cube, T_D, BackStop.none());
        assertThat(s.values()).containsOnly(kwh("0.250")); // the default flat standard shape
        assertThat(s.flags()).containsOnly("E");
        assertThat(s.source()).isEqualTo("standard-shape");

        ShapeCalculator custom = new ShapeCalculator(LssSettings.defaults()
                .withStandardShape(LssSettings.flatShape(kwh("0.1"))));
        assertThat(one(custom, cube, T_D, BackStop.none()).values()).containsOnly(kwh("0.100"));
    }

    @Test
    void a_period_missing_from_the_previous_week_falls_to_the_standard_shape() {
        BigDecimal[] lastWeek = all("0.400");
        lastWeek[0] = null;
        CategoryShape s = one(calculator, withNoise().addUniform(T_A, 2, 800), T_D, c -> Optional.of(lastWeek));
        assertThat(s.value(0)).isEqualTo(kwh("0.250"));
        assertThat(s.value(1)).isEqualTo(kwh("0.400"));
        assertThat(s.source()).isEqualTo("previous-week+standard-shape");
    }

    @Test
    void no_actual_data_at_any_level_is_flag_b_with_the_same_back_stop() {
        // only other connection types / segments / MQs have data
        BackStop backStop = c -> Optional.of(all("0.321"));
        CategoryShape s = one(calculator, withNoise(), T_D, backStop);
        assertThat(s.flags()).containsOnly("B");
        assertThat(s.values()).containsOnly(kwh("0.321"));
        assertThat(one(calculator, withNoise(), T_D, BackStop.none()).values()).containsOnly(kwh("0.250"));
        assertThat(one(calculator, new SampleCube(), T_D, BackStop.none()).flags()).containsOnly("B");
    }

    @Test
    void a_previous_week_of_the_wrong_length_is_rejected() {
        assertThatThrownBy(() -> one(calculator, new SampleCube(), T_D, c -> Optional.of(new BigDecimal[47])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("47 values, expected 48");
    }

    @Test
    void a_configured_national_category_is_its_own_finest_level() {
        Category national = new Category(null, "W", "S", "T", "AI");
        SampleCube cube = new SampleCube()
                .addUniform(T_A, 20, 6000)   // 6.000 kWh
                .addUniform(T_C, 20, 10000); // 10.000 kWh
        CategoryShape s = one(calculator, cube, national, BackStop.none());
        // national T: 40 ≥ 30, (6.000 + 10.000) / 40 = 0.400, flag A (its own level)
        assertThat(s.values()).containsOnly(kwh("0.400"));
        assertThat(s.flags()).containsOnly("A");
        assertThat(s.sample()).isEqualTo(40);
        assertThat(s.source()).isEqualTo("category");
    }

    @Test
    void ladders_skip_levels_equal_to_earlier_ones() {
        assertThat(ShapeCalculator.ladder(T_A)).containsExactly(T_A, T_A.withAnyDomestic(), T_A.national(),
                new Category(null, "W", "S", null, "AI"));
        assertThat(ShapeCalculator.ladder(new Category("_A", "W", "S", null, "AI")))
                .containsExactly(new Category("_A", "W", "S", null, "AI"), new Category(null, "W", "S", null, "AI"));
        assertThat(ShapeCalculator.ladder(new Category(null, "W", "S", "F", "AI")))
                .containsExactly(new Category(null, "W", "S", "F", "AI"), new Category(null, "W", "S", null, "AI"));
        assertThat(ShapeCalculator.ladder(new Category(null, "W", "S", null, "AI"))).hasSize(1);
    }

    @Test
    void configured_categories_are_published_after_the_fine_ones_seen() {
        Map<Category, PeriodSums> fine = new SampleCube().addUniform(T_A, 1, 100).sums();
        Set<Category> p = ShapeCalculator.toPublish(fine, new LinkedHashSet<>(List.of(T_D, T_A)));
        assertThat(p).containsExactly(T_A, T_D);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-03-29", "2026-10-25", "2026-03-28"})
    void a_clock_change_date_is_48_utc_periods_like_any_other(String date) {
        // 2026-03-29 (clocks forward, 46 local periods) and 2026-10-25 (back, 50) are still 48 UTC periods
        SampleCube cube = new SampleCube();
        for (int i = 0; i < 48; i++) {
            cube.addSums(T_A, i, 30, 30L * (i + 1)); // period i+1: 30 MPANs of (i+1) milli-kWh each
        }
        Map<Category, PeriodSums> fine = cube.sums();
        DayShapes day = calculator.calculate(LocalDate.parse(date), fine, Set.of(T_A), BackStop.none());
        assertThat(day.date()).isEqualTo(LocalDate.parse(date));
        CategoryShape s = day.get(T_A);
        assertThat(s.values()).hasSize(48).containsExactly(Kwh.periodNumbers()); // 0.001 .. 0.048
        assertThat(s.flags()).hasSize(48).containsOnly("A");
    }
}
