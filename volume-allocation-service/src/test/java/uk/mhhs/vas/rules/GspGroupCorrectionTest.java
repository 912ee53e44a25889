package uk.mhhs.vas.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** The GSP Group Correction against the worked example of ecs-services.md §6 and hand-worked edge cases. */
class GspGroupCorrectionTest {

    private static final ComponentClass SMART_IMPORT = cls(100, "AI", "1.0");
    private static final ComponentClass SMART_LOSSES = cls(103, "AI", "1.0");
    private static final ComponentClass ADVANCED_IMPORT = cls(112, "AI", "0.5");
    private static final ComponentClass ADVANCED_LOSSES = cls(115, "AI", "0.5");
    private static final ComponentClass SMART_EXPORT = cls(136, "AE", "0.0");
    private static final GspGroupCorrection CORRECTION =
            new GspGroupCorrection(new CorrectionBand(new BigDecimal("0.9"), new BigDecimal("1.1")));

    /*
     * Worked example, GSP group _A, one period, GSPGT 9,000:
     *   ΣC   = 4000 + 200 + 2000 + 40 + 2500 + 125 − 300 = 8,565
     *   ΣW·C = 4000 + 200 + 1000 + 20 + 2500 + 125 + 0   = 7,845
     *   CF   = 1 + (9000 − 8565) / 7845 = 1 + 435/7845 = 1.05544933078...
     *   CORC = C × (1 + 0.05544933078 × W): 4000 → 4221.797, 200 → 211.090, 2000 (W½) → 2055.449,
     *          40 (W½) → 41.109, 2500 → 2638.623, 125 → 131.931, −300 (W0) → −300.000
     *   BMUADV(A) = 6240 + 0.05544933078 × 5220 = 6529.446; B = 2325 + 0.05544933078 × 2625 = 2470.554
     */
    static Stream<Arguments> workedExample() {
        return Stream.of(
                Arguments.of(0, "4221.797"), Arguments.of(1, "211.090"), Arguments.of(2, "2055.449"),
                Arguments.of(3, "41.109"), Arguments.of(4, "2638.623"), Arguments.of(5, "131.931"),
                Arguments.of(6, "-300.000"));
    }

    private static List<GspGroupCorrection.Component> workedComponents() {
        return List.of(
                component("2__ASUPA000", SMART_IMPORT, "4000.000"),
                component("2__ASUPA000", SMART_LOSSES, "200.000"),
                component("2__ASUPA000", ADVANCED_IMPORT, "2000.000"),
                component("2__ASUPA000", ADVANCED_LOSSES, "40.000"),
                component("2__ASUPB000", SMART_IMPORT, "2500.000"),
                component("2__ASUPB000", SMART_LOSSES, "125.000"),
                component("2__ASUPB000", SMART_EXPORT, "-300.000"));
    }

    @ParameterizedTest(name = "component {0} corrects to {1}")
    @MethodSource("workedExample")
    void worked_example_corrects_each_component_as_the_brief_table(int index, String expected) {
        GspGroupCorrection.Result result = CORRECTION.correct(new BigDecimal("9000"), workedComponents());
        assertThat(result.components().get(index).corrected().setScale(3, RoundingMode.HALF_UP))
                .isEqualByComparingTo(expected);
    }

    @Test
    void worked_example_factor_sums_and_bm_unit_totals() {
        GspGroupCorrection.Result result = CORRECTION.correct(new BigDecimal("9000"), workedComponents());
        CorrectionFactor factor = result.factor();
        assertThat(factor.uncorrected()).isEqualByComparingTo("8565");
        assertThat(factor.weighted()).isEqualByComparingTo("7845");
        assertThat(factor.factor().setScale(10, RoundingMode.HALF_UP)).isEqualByComparingTo("1.0554493308");
        assertThat(factor.exception()).isNull();
        BigDecimal tolerance = new BigDecimal("0.001");
        assertThat(result.bmUnits().get("2__ASUPA000")).isCloseTo(new BigDecimal("6529.446"), within(tolerance));
        assertThat(result.bmUnits().get("2__ASUPB000")).isCloseTo(new BigDecimal("2470.554"), within(tolerance));
        BigDecimal total = result.bmUnits().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total.setScale(3, RoundingMode.HALF_UP)).isEqualByComparingTo("9000.000");
        // the calculation's shortcut from the BM unit's own sums: A has ΣC 6240 and ΣW·C 5220
        assertThat(factor.allocated(new BigDecimal("6240"), new BigDecimal("5220")))
                .isEqualByComparingTo(result.bmUnits().get("2__ASUPA000"));
    }

    /*
     * Hand-worked cases: GSPGT, components (weight, C), expected CF (null = undefined), exception, expected CORCs.
     *  - every W = 1: ΣC = ΣW·C = 1000, GSPGT 1050 → CF = 1 + 50/1000 = 1.05, CORC = C × 1.05: 630, 420
     *  - GSPGT = ΣC: ΣC = 1000 (W½ 600, W1 400), CF = 1, CORC = C
     *  - ΣW·C = 0 (only W0 volume): CF undefined, NO_CORRECTABLE_VOLUME, volumes uncorrected
     *  - no components at all: ΣW·C = 0 too
     *  - band edges with one W1 C of 1000: GSPGT 1100 → CF 1.1 (inside), 1100.001 → 1.100001 (outside),
     *    900 → 0.9 (inside), 899.999 → 0.899999 (outside)
     *  - far outside: GSPGT 2000 → CF 2, still applied: 2000
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("every W = 1", "1050", List.of(c("1", "600"), c("1", "400")), "1.05", null,
                        List.of("630", "420")),
                Arguments.of("GSPGT = ΣC", "1000", List.of(c("0.5", "600"), c("1", "400")), "1", null,
                        List.of("600", "400")),
                Arguments.of("ΣW·C = 0", "500", List.of(c("0", "-300"), c("0", "200")), null,
                        CorrectionException.NO_CORRECTABLE_VOLUME, List.of("-300", "200")),
                Arguments.of("no components", "500", List.of(), null, CorrectionException.NO_CORRECTABLE_VOLUME,
                        List.of()),
                Arguments.of("high edge", "1100", List.of(c("1", "1000")), "1.1", null, List.of("1100")),
                Arguments.of("above high edge", "1100.001", List.of(c("1", "1000")), "1.100001",
                        CorrectionException.OUTSIDE_BAND, List.of("1100.001")),
                Arguments.of("low edge", "900", List.of(c("1", "1000")), "0.9", null, List.of("900")),
                Arguments.of("below low edge", "899.999", List.of(c("1", "1000")), "0.899999",
                        CorrectionException.OUTSIDE_BAND, List.of("899.999")),
                Arguments.of("far outside, still applied", "2000", List.of(c("1", "1000")), "2",
                        CorrectionException.OUTSIDE_BAND, List.of("2000")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hand_worked_cases(String name, String gspgt, List<GspGroupCorrection.Component> components, String factor,
                           CorrectionException exception, List<String> corrected) {
        GspGroupCorrection.Result result = CORRECTION.correct(new BigDecimal(gspgt), components);
        if (factor == null) {
            assertThat(result.factor().factor()).isNull();
        } else {
            assertThat(result.factor().factor()).isEqualByComparingTo(factor);
        }
        assertThat(result.factor().exception()).isEqualTo(exception);
        assertThat(result.components()).hasSameSizeAs(corrected);
        for (int i = 0; i < corrected.size(); i++) {
            assertThat(result.components().get(i).corrected()).as("CORC %d", i).isEqualByComparingTo(corrected.get(i));
        }
    }

    @Test
    void a_band_with_low_above_high_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CorrectionBand(new BigDecimal("1.1"), new BigDecimal("0.9")));
    }

    private static GspGroupCorrection.Component c(String weight, String volume) {
        return component("2__AX", cls(100, "AI", weight), volume);
    }

    private static GspGroupCorrection.Component component(String bmUnit, ComponentClass cls, String volume) {
        return new GspGroupCorrection.Component(bmUnit, cls, new BigDecimal(volume));
    }

    private static ComponentClass cls(int id, String mq, String weight) {
        return new ComponentClass(id, mq, "S", "T", "W", "C", "A", new BigDecimal(weight));
    }
}
