package uk.mhhs.dataservice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.dataservice.rules.Days.all;
import static uk.mhhs.dataservice.rules.Days.kwh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AmendmentRulesTest {

    static final LocalDate D1 = LocalDate.of(2026, 1, 10);
    static final LocalDate D2 = LocalDate.of(2026, 1, 11);
    static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

    final AmendmentRules rules = new AmendmentRules(VeSettings.defaults());

    static AmendmentRequest request(String gross) {
        return new AmendmentRequest("SUP-REF-1", "AI", D1, D2, kwh(gross), "A");
    }

    static AmendmentFacts facts() {
        return new AmendmentFacts(LocalDate.of(2025, 1, 1), null, Set.of("SUP-REF-0"), TODAY, Map.of(), Map.of());
    }

    @Test
    void accepted_without_shapes_or_current_values_spreads_evenly_over_every_period() {
        AmendmentOutcome o = rules.decide(request("96.000"), facts());

        assertThat(o.accepted()).isTrue();
        assertThat(o.code()).isNull();
        assertThat(o.revisedDays()).containsOnlyKeys(D1, D2);
        // 96.000 over 2 × 48 = 96 periods of weight 1 → 1.000 each
        for (List<PeriodValue> day : o.revisedDays().values()) {
            assertThat(day).hasSize(48).containsOnly(new PeriodValue(kwh("1.000"), "E8", "9", "A"));
        }
    }

    @Test
    void accepted_with_non_zero_current_values_keeps_their_shape() {
        AmendmentFacts f = new AmendmentFacts(LocalDate.of(2025, 1, 1), null, Set.of(), TODAY, Map.of(),
                Map.of(D1, all("0.500"), D2, all("1.500")));

        AmendmentOutcome o = rules.decide(request("48.000"), f);

        // Σ current = 48 × 0.500 + 48 × 1.500 = 24 + 72 = 96 ; D1: 48 × 0.5/96 = 0.250 ; D2: 48 × 1.5/96 = 0.750
        assertThat(o.revisedDays().get(D1)).hasSize(48).containsOnly(new PeriodValue(kwh("0.250"), "E8", "9", "A"));
        assertThat(o.revisedDays().get(D2)).hasSize(48).containsOnly(new PeriodValue(kwh("0.750"), "E8", "9", "A"));
    }

    @Test
    void accepted_with_zero_current_values_uses_the_load_shapes() {
        LoadShape s1 = StandardShapes.flat().forDate(D1);
        LoadShape s2 = StandardShapes.domestic().forDate(D2);
        AmendmentFacts f = new AmendmentFacts(LocalDate.of(2025, 1, 1), null, Set.of(), TODAY,
                Map.of(D1, s1, D2, s2), Map.of(D1, all("0.000"), D2, all("0.000")));

        AmendmentOutcome o = rules.decide(new AmendmentRequest("R", "AI", D1, D2, kwh("100"), "M"), f);

        // Σ weights = 48 (flat) + 52 (domestic) = 100 → 100 kWh × w / 100 = w
        // D1: 1.000 each ; D2 night 0.600, day 1.000, peak 2.000, late 1.200
        assertThat(o.revisedDays().get(D1)).containsOnly(new PeriodValue(kwh("1.000"), "E8", "9", "M"));
        List<PeriodValue> d2 = o.revisedDays().get(D2);
        assertThat(d2).hasSize(48);
        assertThat(d2.get(0).kwh()).isEqualTo(kwh("0.600"));
        assertThat(d2.get(20).kwh()).isEqualTo(kwh("1.000"));
        assertThat(d2.get(35).kwh()).isEqualTo(kwh("2.000"));
        assertThat(d2.get(45).kwh()).isEqualTo(kwh("1.200"));
    }

    @Test
    void a_third_that_does_not_divide_evenly_still_adds_up_to_the_gross() {
        AmendmentOutcome o = rules.decide(new AmendmentRequest("R", "AI", D1, D1, kwh("10"), "E"), facts());
        // 10 / 48 = 0.208333 → 0.208 × 48 = 9.984 ; residual 0.016 on the first period (all weights equal) → 0.224
        List<PeriodValue> p = o.revisedDays().get(D1);
        assertThat(p.get(0).kwh()).isEqualTo(kwh("0.224"));
        assertThat(p.get(1).kwh()).isEqualTo(kwh("0.208"));
        assertThat(DayProcessorTest.sum(p)).isEqualByComparingTo("10.000");
    }

    static Stream<Arguments> rejections() {
        AmendmentFacts f = facts();
        VeSettings d = VeSettings.defaults();
        return Stream.of(
                Arguments.of("DSCA009", new AmendmentRequest(null, "AI", D1, D2, kwh("1"), "A"), f, d),
                Arguments.of("DSCA009", new AmendmentRequest(" ", "AI", D1, D2, kwh("1"), "A"), f, d),
                Arguments.of("DSCA015", new AmendmentRequest("R", "AI", D1, D2, kwh("1"), null), f, d),
                Arguments.of("DSCA011", new AmendmentRequest("R", "AI", D1, D2, kwh("1"), "Z"), f, d),
                Arguments.of("DSCA013", new AmendmentRequest("R", null, D1, D2, kwh("1"), "A"), f, d),
                Arguments.of("DSCA013", new AmendmentRequest("R", "XX", D1, D2, kwh("1"), "A"), f, d),
                Arguments.of("DSCA014", new AmendmentRequest("R", "RI", D1, D2, kwh("1"), "A"), f, d),
                // end before start
                Arguments.of("DSCA999", new AmendmentRequest("R", "AI", D2, D1, kwh("1"), "A"), f, d),
                // ends today: the day is not complete
                Arguments.of("DSCA999", new AmendmentRequest("R", "AI", D1, TODAY, kwh("1"), "A"), f, d),
                // negative gross
                Arguments.of("DSCA007", new AmendmentRequest("R", "AI", D1, D2, kwh("-1"), "A"), f, d),
                Arguments.of("DSCA007", new AmendmentRequest("R", "AI", D1, D2, null, "A"), f, d),
                // threshold 10 kWh configured, 5 requested
                Arguments.of("DSCA005", new AmendmentRequest("R", "AI", D1, D2, kwh("5"), "A"), f,
                        d.withAmendmentRules(425, kwh("10"))),
                // SUP-REF-0 already used
                Arguments.of("DSCA010", new AmendmentRequest("SUP-REF-0", "AI", D1, D2, kwh("1"), "A"), f, d),
                // responsible from 20 Jan: 10 and 11 Jan both outside
                Arguments.of("DSCA001", request("1"), new AmendmentFacts(LocalDate.of(2026, 1, 20), null, Set.of(), TODAY, null, null), d),
                // responsible until 11 Jan (exclusive): 10 Jan only
                Arguments.of("DSCA002", request("1"), new AmendmentFacts(LocalDate.of(2025, 1, 1), D2, Set.of(), TODAY, null, null), d),
                // responsible from 11 Jan: 10 Jan outside
                Arguments.of("DSCA002", request("1"), new AmendmentFacts(D2, null, Set.of(), TODAY, null, null), d),
                // RF: 10 Jan 2026 + 425 days = 11 Mar 2027 (Jan 10 + 365 = 10 Jan 2027, + 21 + 28 + 11 = 60 → 11 Mar);
                // 11 Jan → 12 Mar 2027. Today 1 Jun 2027: both past RF
                Arguments.of("DSCA003", request("1"), new AmendmentFacts(LocalDate.of(2025, 1, 1), null, Set.of(), LocalDate.of(2027, 6, 1), null, null), d),
                // today 11 Mar 2027: 10 Jan past RF (not before 11 Mar), 11 Jan still pre-RF (before 12 Mar)
                Arguments.of("DSCA004", request("1"), new AmendmentFacts(LocalDate.of(2025, 1, 1), null, Set.of(), LocalDate.of(2027, 3, 11), null, null), d));
    }

    @ParameterizedTest
    @MethodSource("rejections")
    void rejected_with_the_DES138_code(String code, AmendmentRequest r, AmendmentFacts f, VeSettings s) {
        AmendmentOutcome o = new AmendmentRules(s).decide(r, f);
        assertThat(o.accepted()).isFalse();
        assertThat(o.code()).isEqualTo(code);
        assertThat(o.reason()).isNotBlank();
        assertThat(o.revisedDays()).isEmpty();
    }

    @Test
    void the_day_before_the_rf_cut_off_is_accepted() {
        // 10 Jan 2026 + 425 = 11 Mar 2027; today 10 Mar 2027 is before it; D1..D1 only
        AmendmentFacts f = new AmendmentFacts(LocalDate.of(2025, 1, 1), null, Set.of(), LocalDate.of(2027, 3, 10), null, null);
        AmendmentOutcome o = rules.decide(new AmendmentRequest("R", "AE", D1, D1, BigDecimal.ZERO, "X"), f);
        assertThat(o.accepted()).isTrue();
        assertThat(o.revisedDays().get(D1)).hasSize(48).containsOnly(new PeriodValue(kwh("0.000"), "E8", "9", "X"));
    }
}
