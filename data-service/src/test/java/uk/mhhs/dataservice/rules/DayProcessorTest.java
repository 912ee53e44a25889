package uk.mhhs.dataservice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.dataservice.rules.Days.advanced;
import static uk.mhhs.dataservice.rules.Days.all;
import static uk.mhhs.dataservice.rules.Days.day;
import static uk.mhhs.dataservice.rules.Days.flat;
import static uk.mhhs.dataservice.rules.Days.kwh;
import static uk.mhhs.dataservice.rules.Days.periods;
import static uk.mhhs.dataservice.rules.Days.smart;
import static uk.mhhs.dataservice.rules.Days.withConsent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.mhhs.dataservice.rules.validation.ReadingAssembly;
import uk.mhhs.dataservice.rules.validation.ReadingAssembly.PeriodReading;

class DayProcessorTest {

    static final LocalDate DATE = LocalDate.of(2026, 1, 15);
    final DayProcessor processor = new DayProcessor(VeSettings.defaults());

    // ---- (3)/(6) interpolation -------------------------------------------------------------------------------

    @Test
    void smart_day_with_one_missing_period_is_interpolated_E0() {
        BigDecimal[] main = all("0.200");
        main[9] = kwh("0.300");
        main[10] = null;
        main[11] = kwh("0.500");

        List<PeriodValue> p = periods(processor.process(smart(), day(DATE, main), flat(DATE)));

        // (0.300 + 0.500) / 2 = 0.400
        assertThat(p.get(10)).isEqualTo(new PeriodValue(kwh("0.400"), "E0", "2", null));
        assertThat(p.get(9)).isEqualTo(new PeriodValue(kwh("0.300"), "A", null, null));
        assertThat(p.get(0)).isEqualTo(new PeriodValue(kwh("0.200"), "A", null, null));
    }

    @Test
    void an_invalid_isolated_period_is_interpolated_with_reason_3_and_counted() {
        BigDecimal[] main = all("0.200");
        main[9] = kwh("0.301");
        main[10] = kwh("-0.100"); // negative import: invalid
        main[11] = kwh("0.500");

        DayOutcome o = processor.process(smart(), day(DATE, main), flat(DATE));

        // (0.301 + 0.500) / 2 = 0.4005 → HALF_UP 0.401
        assertThat(periods(o).get(10)).isEqualTo(new PeriodValue(kwh("0.401"), "E0", "3", null));
        assertThat(o.qualityCounts()).isEqualTo(Map.of("A", 47, "E0", 1));
        assertThat(o.warnings()).singleElement().asString().contains("period 10", "negative");
    }

    @Test
    void a_gap_of_two_is_interpolated_linearly_when_configured() {
        BigDecimal[] main = all("0.100");
        main[19] = kwh("1.000");
        main[20] = null;
        main[21] = null;
        main[22] = kwh("2.000");
        DayProcessor two = new DayProcessor(VeSettings.defaults().withMaxInterpolationGap(2));

        List<PeriodValue> p = periods(two.process(smart(), day(DATE, main), flat(DATE)));

        // k=1: (1.000×2 + 2.000×1)/3 = 4/3 = 1.3333 → 1.333 ; k=2: (1.000×1 + 2.000×2)/3 = 5/3 = 1.6667 → 1.667
        assertThat(p.get(20)).isEqualTo(new PeriodValue(kwh("1.333"), "E0", "2", null));
        assertThat(p.get(21)).isEqualTo(new PeriodValue(kwh("1.667"), "E0", "2", null));
    }

    @Test
    void first_and_last_periods_are_never_interpolated() {
        BigDecimal[] main = all("0.500");
        main[0] = null;
        main[47] = null;

        List<PeriodValue> p = periods(processor.process(smart(), day(DATE, main), flat(DATE)));

        // no neighbour on one side → AC × shape: 3650 × 1 / 17520 = 0.20833 → 0.208, E9
        assertThat(p.get(0)).isEqualTo(new PeriodValue(kwh("0.208"), "E9", "2", null));
        assertThat(p.get(47)).isEqualTo(new PeriodValue(kwh("0.208"), "E9", "2", null));
    }

    // ---- (7) advance apportioned by shape --------------------------------------------------------------------

    /** 42 known periods of 0.250 (Σ 10.500), periods 20..25 missing; shape 1 except 20..25 = 1,1,2,2,3,3. */
    static MeterDay sixMissing(BigDecimal dailyAdvance, BigDecimal multiDayShare) {
        BigDecimal[] main = all("0.250");
        for (int i = 20; i <= 25; i++) {
            main[i] = null;
        }
        return new MeterDay(DATE, main, null, dailyAdvance, multiDayShare);
    }

    static LoadShape sixMissingShape() {
        BigDecimal[] ls = all("1");
        ls[22] = kwh("2");
        ls[23] = kwh("2");
        ls[24] = kwh("3");
        ls[25] = kwh("3");
        return new LoadShape(DATE, ls, null, "A", "LSS");
    }

    @Test
    void smart_day_with_six_missing_periods_and_a_daily_advance_is_apportioned_by_shape_E2() {
        DayOutcome o = processor.process(smart(), sixMissing(kwh("13.500"), null), sixMissingShape());

        List<PeriodValue> p = periods(o);
        // remainder = 13.500 − 42 × 0.250 = 13.500 − 10.500 = 3.000 ; Σ_missing LS = 1+1+2+2+3+3 = 12
        // SP = 3.000 × LS / 12: LS 1 → 0.250, LS 2 → 0.500, LS 3 → 0.750
        String[] expected = {"0.250", "0.250", "0.500", "0.500", "0.750", "0.750"};
        for (int k = 0; k < 6; k++) {
            assertThat(p.get(20 + k)).isEqualTo(new PeriodValue(kwh(expected[k]), "E2", "2", null));
        }
        assertThat(o.qualityCounts()).isEqualTo(Map.of("A", 42, "E2", 6));
        assertThat(o.warnings()).isEmpty();
        // the day adds up to the advance: 10.500 + 3.000 = 13.500
        assertThat(sum(p)).isEqualByComparingTo("13.500");
    }

    @Test
    void a_multi_day_advance_share_is_apportioned_the_same_way_E3() {
        List<PeriodValue> p = periods(processor.process(smart(), sixMissing(null, kwh("13.500")), sixMissingShape()));

        // as above: 3.000 × 3 / 12 = 0.750
        assertThat(p.get(25)).isEqualTo(new PeriodValue(kwh("0.750"), "E3", "2", null));
    }

    @Test
    void a_negative_remainder_gives_zeros_and_a_warning() {
        DayOutcome o = processor.process(smart(), sixMissing(kwh("10.000"), null), sixMissingShape());

        // remainder = 10.000 − 10.500 = −0.500 → zeros
        assertThat(periods(o).get(22)).isEqualTo(new PeriodValue(kwh("0.000"), "E2", "2", null));
        assertThat(o.warnings()).singleElement().asString().contains("0.500");
    }

    @Test
    void a_zero_advance_gives_ZE_for_the_missing_periods() {
        BigDecimal[] main = all("0.000");
        main[5] = null;
        main[30] = null;
        main[31] = null;

        DayOutcome o = processor.process(smart(), new MeterDay(DATE, main, null, kwh("0"), null), flat(DATE));

        assertThat(periods(o).get(5)).isEqualTo(new PeriodValue(kwh("0.000"), "ZE", "2", null));
        assertThat(o.qualityCounts()).isEqualTo(Map.of("A", 45, "ZE", 3));
    }

    // ---- (1) consent -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"D, 1", "M, 1", "N, 10"})
    void a_smart_mpan_without_half_hourly_consent_is_AC_times_shape_for_the_whole_day(String consent, String reason) {
        LoadShape domestic = StandardShapes.domestic().forDate(DATE);
        MeterDay readings = day(DATE, all("9.000")); // actuals present but not used

        DayOutcome o = processor.process(withConsent(smart(), consent), readings, domestic);

        List<PeriodValue> p = periods(o);
        // AC 3650, domestic annual total 365 × 52.0 = 18 980; period = 3650 × LS / 18980
        // night 0.6: 2190 / 18980 = 0.11538 → 0.115 ; day 1.0: 3650 / 18980 = 0.19231 → 0.192
        // peak 2.0: 7300 / 18980 = 0.38462 → 0.385 ; late 1.2: 4380 / 18980 = 0.23077 → 0.231
        assertThat(p.get(0)).isEqualTo(new PeriodValue(kwh("0.115"), "E9", reason, null));
        assertThat(p.get(20)).isEqualTo(new PeriodValue(kwh("0.192"), "E9", reason, null));
        assertThat(p.get(35)).isEqualTo(new PeriodValue(kwh("0.385"), "E9", reason, null));
        assertThat(p.get(45)).isEqualTo(new PeriodValue(kwh("0.231"), "E9", reason, null));
        assertThat(o.qualityCounts()).isEqualTo(Map.of("E9", 48));
        // 14 × 0.115 + 18 × 0.192 + 8 × 0.385 + 8 × 0.231 = 1.610 + 3.456 + 3.080 + 1.848 = 9.994 ≈ 3650 / 365
        assertThat(sum(p)).isEqualByComparingTo("9.994");
    }

    @Test
    void consent_applies_to_smart_only_and_an_unknown_consent_is_H_with_a_warning() {
        MeterDay readings = day(DATE, all("1.000"));
        assertThat(periods(processor.process(withConsent(advanced(), "D"), readings, flat(DATE))).get(0).q()).isEqualTo("A1");
        DayOutcome o = processor.process(withConsent(smart(), "Q"), readings, flat(DATE));
        assertThat(periods(o).get(0).q()).isEqualTo("A");
        assertThat(o.warnings()).singleElement().asString().contains("consent Q");
    }

    // ---- (2) energisation ------------------------------------------------------------------------------------

    @Test
    void a_de_energised_mpan_is_48_zeros_with_reason_7() {
        MpanDayFacts f = new MpanDayFacts(Segment.SMART, "W", false, false, "H", false, false, kwh("3650"), null, null);
        BigDecimal[] main = all(null);
        main[3] = kwh("0.100");

        DayOutcome o = processor.process(f, day(DATE, main), null);

        assertThat(periods(o)).containsOnly(new PeriodValue(kwh("0.000"), "ZE", "7", null));
        assertThat(o.qualityCounts()).isEqualTo(Map.of("ZE", 48));
        assertThat(o.warnings()).singleElement().asString().contains("1 non-zero", "de-energised");
    }

    @Test
    void a_disconnected_mpan_is_48_zeros_with_reason_8() {
        MpanDayFacts f = new MpanDayFacts(Segment.ADVANCED, "H", false, true, null, false, false, null, null, null);
        assertThat(periods(processor.process(f, day(DATE, null), null)))
                .containsOnly(new PeriodValue(kwh("0.000"), "ZE", "8", null));
    }

    @Test
    void consent_comes_before_energisation_unless_configured() {
        MpanDayFacts f = new MpanDayFacts(Segment.SMART, "W", false, false, "N", false, false, kwh("3650"), null, null);
        // default order: consent first → 3650 × 1 / 17520 = 0.208, E9 e=10
        assertThat(periods(processor.process(f, day(DATE, null), flat(DATE))).get(0))
                .isEqualTo(new PeriodValue(kwh("0.208"), "E9", "10", null));
        DayProcessor energisationFirst = new DayProcessor(VeSettings.defaults().withEnergisationBeforeConsent(true));
        assertThat(periods(energisationFirst.process(f, day(DATE, null), flat(DATE))).get(0))
                .isEqualTo(new PeriodValue(kwh("0.000"), "ZE", "7", null));
    }

    // ---- (4) vacant / disabled -------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"true, false, ZE2, 5", "false, true, ZE3, 6", "true, true, ZE2, 5"})
    void vacant_or_remotely_disabled_gaps_are_zero_and_actuals_kept(boolean vacant, boolean disabled, String q, String e) {
        MpanDayFacts f = new MpanDayFacts(Segment.SMART, "W", true, false, "H", vacant, disabled, kwh("3650"), null, null);
        BigDecimal[] main = all(null);
        main[0] = kwh("0.050");

        DayOutcome o = processor.process(f, day(DATE, main), flat(DATE));

        assertThat(periods(o).get(0)).isEqualTo(new PeriodValue(kwh("0.050"), "A", null, null));
        assertThat(o.periods().get(1)).isEqualTo(new PeriodValue(kwh("0.000"), q, e, null));
        assertThat(o.qualityCounts()).isEqualTo(Map.of("A", 1, q, 47));
    }

    // ---- (8) annual consumption × shape ----------------------------------------------------------------------

    static Stream<Arguments> annualConsumptionCases() {
        return Stream.of(
                // SNAC 8760 effective 7 months before → SNAC: 8760 × 1 / 17520 = 0.500
                Arguments.of(kwh("8760"), LocalDate.of(2025, 6, 15), "0.500"),
                // SNAC effective exactly 12 months before is not "less than 12 months" → AC 4380 / 17520 = 0.250
                Arguments.of(kwh("8760"), LocalDate.of(2025, 1, 15), "0.250"),
                // SNAC effective one day less than 12 months before → SNAC 0.500
                Arguments.of(kwh("8760"), LocalDate.of(2025, 1, 16), "0.500"),
                // SNAC effective after the day → AC 0.250
                Arguments.of(kwh("8760"), LocalDate.of(2026, 1, 16), "0.250"),
                // no SNAC → AC 0.250
                Arguments.of(null, null, "0.250"));
    }

    @ParameterizedTest
    @MethodSource("annualConsumptionCases")
    void missing_periods_without_advance_use_SNAC_or_AC_times_shape_E9(BigDecimal snac, LocalDate from, String expected) {
        MpanDayFacts f = new MpanDayFacts(Segment.SMART, "W", true, false, "H", false, false, kwh("4380"), snac, from);
        BigDecimal[] main = all("0.300");
        for (int i = 40; i < 48; i++) {
            main[i] = null; // trailing gap: not interpolable
        }

        DayOutcome o = processor.process(f, day(DATE, main), flat(DATE));

        assertThat(periods(o).get(45)).isEqualTo(new PeriodValue(kwh(expected), "E9", "2", null));
        assertThat(o.qualityCounts()).isEqualTo(Map.of("A", 40, "E9", 8));
        assertThat(o.warnings()).isEmpty();
    }

    @Test
    void without_any_annual_consumption_the_connection_types_default_is_used_with_a_warning() {
        MpanDayFacts f = new MpanDayFacts(Segment.SMART, "W", true, false, "H", false, false, null, null, null);
        DayOutcome o = processor.process(f, day(DATE, null), flat(DATE));
        // default W 2700: 2700 / 17520 = 0.15411 → 0.154
        assertThat(periods(o)).containsOnly(new PeriodValue(kwh("0.154"), "E9", "2", null));
        assertThat(o.warnings()).singleElement().asString().contains("default annual consumption 2700");
    }

    @Test
    void an_unknown_connection_type_uses_the_segments_usual_default() {
        MpanDayFacts f = new MpanDayFacts(Segment.ADVANCED, "Z", true, false, null, false, false, null, null, null);
        // ADVANCED → L: default AC 100 000 × 1 / 17 520 = 5.70776 → 5.708, EA12
        assertThat(periods(processor.process(f, day(DATE, null), flat(DATE))))
                .containsOnly(new PeriodValue(kwh("5.708"), "EA12", "2", null));
    }

    @Test
    void without_any_annual_consumption_or_default_the_gaps_are_ZE1() {
        VeSettings d = VeSettings.defaults();
        VeSettings noDefaults = new VeSettings(d.maxKwhPerPeriod(), d.advanceToleranceKwh(), d.advanceTolerancePercent(),
                d.checkTolerancePercent(), d.checkToleranceMinKwh(), 1, 12, Map.of(), false, true, 425, BigDecimal.ZERO);
        MpanDayFacts f = new MpanDayFacts(Segment.SMART, "W", true, false, "H", false, false, null, null, null);
        DayOutcome o = new DayProcessor(noDefaults).process(f, day(DATE, null), flat(DATE));
        assertThat(periods(o)).containsOnly(new PeriodValue(kwh("0.000"), "ZE1", "2", null));
    }

    // ---- (3) validation --------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        // type, value,    valid?   (max W 50.000, L 500.000, H 5000.000, E 50000.000, U 50.000)
        "W, 50.000, true",
        "W, 50.001, false",
        "L, 50.001, true",
        "L, 500.001, false",
        "H, 4999.999, true",
        "E, 50000.001, false",
        "U, 50.001, false",
        "W, 0.000, true",
        "W, -0.001, false",
        // unknown type → the smart segment's usual type W
        "Z, 50.001, false",
    })
    void values_are_invalid_when_negative_or_above_the_connection_types_maximum(String type, String value, boolean valid) {
        MpanDayFacts f = new MpanDayFacts(Segment.SMART, type, true, false, "H", false, false, kwh("3650"), null, null);
        BigDecimal[] main = all("1.000");
        main[1] = kwh(value);

        PeriodValue p = periods(processor.process(f, day(DATE, main), flat(DATE))).get(1);

        // invalid → interpolated between the neighbours 1.000 and 1.000 = 1.000, e = 3
        assertThat(p).isEqualTo(valid ? new PeriodValue(kwh(value), "A", null, null) : new PeriodValue(kwh("1.000"), "E0", "3", null));
    }

    @ParameterizedTest
    @CsvSource({
        // 48 × 0.500 = 24.000 ; tolerance = max(0.5, 2 % of advance)
        "24.000, false",
        "24.500, false", // |24.000 − 24.500| = 0.5, not > max(0.5, 0.49)
        "24.600, true",  // 0.6 > max(0.5, 0.492)
        "30.000, true",  // 6.0 > max(0.5, 0.6)
        "49.000, true",  // 25 > 0.98
    })
    void a_complete_day_is_compared_with_the_register_advance(String advance, boolean warned) {
        DayOutcome o = processor.process(smart(), new MeterDay(DATE, all("0.500"), null, kwh(advance), null), flat(DATE));
        assertThat(o.qualityCounts()).isEqualTo(Map.of("A", 48)); // actuals kept
        assertThat(o.warnings()).hasSize(warned ? 1 : 0);
    }

    @Test
    void conflicting_duplicate_readings_make_the_period_invalid() {
        List<PeriodReading> readings = new java.util.ArrayList<>();
        for (int i = 0; i < 48; i++) {
            readings.add(new PeriodReading(i, kwh("0.200")));
        }
        readings.add(new PeriodReading(7, kwh("0.900"))); // conflicts with 0.200
        readings.add(new PeriodReading(8, kwh("0.200"))); // same value again: kept once
        ReadingAssembly.Assembled a = ReadingAssembly.assemble(readings);
        assertThat(a.invalidMask()).isEqualTo(1L << 7);
        assertThat(a.warnings()).hasSize(2);

        List<PeriodValue> p = periods(processor.process(smart(), day(DATE, a.values()), flat(DATE), a.invalidMask()));

        // (0.200 + 0.200) / 2 = 0.200, invalid → e 3
        assertThat(p.get(7)).isEqualTo(new PeriodValue(kwh("0.200"), "E0", "3", null));
        assertThat(p.get(8)).isEqualTo(new PeriodValue(kwh("0.200"), "A", null, null));
    }

    // ---- advanced: check meter, A1/A2/A3/EA1/EA12 ------------------------------------------------------------

    @Test
    void advanced_day_with_a_failed_main_period_is_replaced_from_the_check_meter_A2() {
        BigDecimal[] main = all("5.000");
        BigDecimal[] check = all("5.000");
        main[5] = kwh("10.000");
        check[5] = kwh("9.000");  // |10 − 9| = 1.000 > max(1 % × 9.000 = 0.09, 0.1) → fails → 9.000, A2
        main[6] = kwh("5.040");   // |5.040 − 5.000| = 0.040 ≤ max(0.05, 0.1) → agrees → A, main kept
        check[7] = null;          // no check data → A1
        main[8] = null;           // main missing, check 5.000 → substituted, A2

        DayOutcome o = processor.process(advanced(), new MeterDay(DATE, main, check, null, null), flat(DATE));

        List<PeriodValue> p = periods(o);
        assertThat(p.get(5)).isEqualTo(new PeriodValue(kwh("9.000"), "A2", null, null));
        assertThat(p.get(6)).isEqualTo(new PeriodValue(kwh("5.040"), "A", null, null));
        assertThat(p.get(7)).isEqualTo(new PeriodValue(kwh("5.000"), "A1", null, null));
        assertThat(p.get(8)).isEqualTo(new PeriodValue(kwh("5.000"), "A2", null, null));
        assertThat(o.qualityCounts()).isEqualTo(Map.of("A", 45, "A1", 1, "A2", 2));
        assertThat(o.warnings()).singleElement().asString().contains("period 5", "check");
    }

    @ParameterizedTest
    @CsvSource({
        // check,  main,   q    (tolerance = max(1 % of check, 0.1))
        "20.000, 20.200, A",   // 0.2 ≤ max(0.2, 0.1)
        "20.000, 20.201, A2",  // 0.201 > 0.2
        "20.000, 19.799, A2",
        "5.000, 5.100, A",     // 0.1 ≤ max(0.05, 0.1)
        "5.000, 5.101, A2",
        "0.000, 0.100, A",     // 0.1 ≤ max(0, 0.1)
    })
    void main_and_check_agree_within_one_percent_or_a_tenth_of_a_kWh(String check, String main, String q) {
        BigDecimal[] m = all("1.000");
        BigDecimal[] c = all("1.000");
        m[3] = kwh(main);
        c[3] = kwh(check);
        PeriodValue p = periods(processor.process(advanced(), new MeterDay(DATE, m, c, null, null), flat(DATE))).get(3);
        assertThat(p).isEqualTo(new PeriodValue(kwh("A".equals(q) ? main : check), q, null, null));
    }

    @Test
    void advanced_isolated_gaps_are_scaled_to_a_known_advance_A3() {
        BigDecimal[] main = all("1.000");
        main[10] = null;        // neighbours 1.000, 1.000 → I = 1.000
        main[20] = null;        // neighbours 1.000 (19), 3.000 (21) → I = 2.000
        main[21] = kwh("3.000");

        DayOutcome o = processor.process(advanced(), new MeterDay(DATE, main, null, kwh("52.500"), null), flat(DATE));

        List<PeriodValue> p = periods(o);
        // known = 45 × 1.000 + 3.000 = 48.000 ; remainder = 52.500 − 48.000 = 4.500 ; Σ I = 3.000
        // period 10: 4.500 × 1/3 = 1.500 ; period 20: 4.500 × 2/3 = 3.000
        assertThat(p.get(10)).isEqualTo(new PeriodValue(kwh("1.500"), "A3", "2", null));
        assertThat(p.get(20)).isEqualTo(new PeriodValue(kwh("3.000"), "A3", "2", null));
        assertThat(o.qualityCounts()).isEqualTo(Map.of("A1", 46, "A3", 2));
    }

    @Test
    void advanced_isolated_gap_without_advance_is_EA1_and_a_long_gap_is_EA12() {
        BigDecimal[] main = all("2.000");
        main[10] = null;
        main[11] = kwh("3.000");
        for (int i = 30; i < 34; i++) {
            main[i] = null;
        }

        DayOutcome o = processor.process(advanced(), day(DATE, main), flat(DATE));

        List<PeriodValue> p = periods(o);
        // (2.000 + 3.000) / 2 = 2.500
        assertThat(p.get(10)).isEqualTo(new PeriodValue(kwh("2.500"), "EA1", "2", null));
        // AC 87 600 × 1 / 17 520 = 5.000
        assertThat(p.get(31)).isEqualTo(new PeriodValue(kwh("5.000"), "EA12", "2", null));
        assertThat(o.qualityCounts()).isEqualTo(Map.of("A1", 43, "EA1", 1, "EA12", 4));
    }

    // ---- clock-change days -----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"2026-03-29", "2026-10-25"})
    void a_clock_change_day_is_still_48_UTC_periods(LocalDate date) {
        // UK local days of 46 and 50 periods; the UTC date always has 48
        DayOutcome o = processor.process(smart(), day(date, null), flat(date));
        // 3650 × 1 / 17520 = 0.208 each
        assertThat(periods(o)).containsOnly(new PeriodValue(kwh("0.208"), "E9", "2", null));
        assertThat(o.qualityCounts()).isEqualTo(Map.of("E9", 48));
    }

    static BigDecimal sum(List<PeriodValue> p) {
        BigDecimal s = BigDecimal.ZERO;
        for (PeriodValue v : p) {
            s = s.add(v.kwh());
        }
        return s;
    }
}
