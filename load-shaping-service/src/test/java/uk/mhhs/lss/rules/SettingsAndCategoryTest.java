package uk.mhhs.lss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsAndCategoryTest {

    @Test
    void the_documented_defaults() {
        LssSettings s = LssSettings.defaults();
        assertThat(s.minimumSample()).isEqualTo(30);
        assertThat(s.standardShape()).hasSize(48).allSatisfy(v -> assertThat(v).isEqualTo(new BigDecimal("0.250")));
        assertThat(s.peakPeriods()).isEqualTo("15-48");
        assertThat(s.offPeakPeriods()).isEqualTo("1-14");
        assertThat(s.peak().size()).isEqualTo(34); // 48 − 15 + 1
        assertThat(s.offPeak().size()).isEqualTo(14);
        assertThat(s.recalculationShare()).isEqualByComparingTo("0.05");
        assertThat(s.minimumDaysForAnnual()).isEqualTo(7);
    }

    @Test
    void the_variant_ranges_are_accepted_and_overlaps_rejected() {
        assertThat(LssSettings.defaults().withPeakAndOffPeak("1,16-48", "2-15").peak().containsPeriod(1)).isTrue();
        assertThatThrownBy(() -> LssSettings.defaults().withPeakAndOffPeak("15-48", "1-15"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> LssSettings.defaults().withPeakAndOffPeak("15-48", "1-x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid period range \"1-x\"");
    }

    @Test
    void the_standard_shape_needs_48_non_negative_values_and_is_kept_with_scale_3() {
        assertThatThrownBy(() -> LssSettings.defaults().withStandardShape(
                Collections.nCopies(47, BigDecimal.ONE))).hasMessageContaining("48 values, got 47");
        assertThatThrownBy(() -> LssSettings.defaults().withStandardShape(
                LssSettings.flatShape(new BigDecimal("-0.1")))).hasMessageContaining("negative");
        // 0.25 → 0.250; 0.1235 → 0.124 (HALF_UP)
        assertThat(LssSettings.defaults().withStandardShape(LssSettings.flatShape(new BigDecimal("0.25")))
                .standardShape().get(0)).isEqualTo(new BigDecimal("0.250"));
        assertThat(LssSettings.defaults().withStandardShape(LssSettings.flatShape(new BigDecimal("0.1235")))
                .standardShapeArray()[47]).isEqualTo(new BigDecimal("0.124"));
    }

    @Test
    void other_settings_are_checked() {
        assertThatThrownBy(() -> LssSettings.defaults().withMinimumSample(0)).hasMessageContaining("minimumSample");
        LssSettings d = LssSettings.defaults();
        assertThatThrownBy(() -> new LssSettings(30, d.standardShape(), "15-48", "1-14", new BigDecimal("-0.01"), 7))
                .hasMessageContaining("recalculationShare");
        assertThatThrownBy(() -> new LssSettings(30, d.standardShape(), "15-48", "1-14", new BigDecimal("0.05"), 0))
                .hasMessageContaining("minimumDaysForAnnual");
    }

    @ParameterizedTest(name = "quality {0} actual: {1}")
    @CsvSource({"A,true", "A1,true", "A2,true", "A3,false", "AAE1,false", "AAE2,false", "AAE3,false",
        "EAE1,false", "EAE3,false", "E0,false", "E2,false", "E9,false", "EA1,false", "EA12,false", "ZE,false",
        "ZE1,false", "a,false", "'',false"})
    void actual_quality_codes(String q, boolean actual) {
        assertThat(ActualQuality.isActual(q)).isEqualTo(actual);
    }

    @Test
    void null_quality_is_not_actual() {
        assertThat(ActualQuality.isActual(null)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "_I  | W | S | T | AI | gspGroup",
        "_O  | W | S | T | AI | gspGroup",
        "_Q  | W | S | T | AI | gspGroup",
        "A   | W | S | T | AI | gspGroup",
        "_A  | X | S | T | AI | connectionType",
        "_A  | W | X | T | AI | segment",
        "_A  | W | S | Y | AI | domestic",
        "_A  | W | S | T | AX | mq",
    })
    void invalid_categories_are_rejected(String gsp, String conn, String seg, String dom, String mq, String field) {
        assertThatThrownBy(() -> new Category(gsp, conn, seg, dom, mq))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_A", "_H", "_J", "_N", "_P"})
    void gsp_groups_are_accepted(String gsp) {
        assertThat(new Category(gsp, "W", "S", null, "AI").gspGroup()).isEqualTo(gsp);
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // level                 | fine                  | contained
        "_A,W,S,T,AI             | _A,W,S,T,AI           | true",
        "_A,W,S,-,AI             | _A,W,S,F,AI           | true",  // domestic any
        "_A,W,S,T,AI             | _A,W,S,F,AI           | false", // domestic differs
        "-,W,S,T,AI              | _K,W,S,T,AI           | true",  // national
        "-,W,S,T,AI              | _K,W,S,F,AI           | false",
        "-,W,S,-,AI              | _K,W,S,F,AI           | true",  // national any
        "-,W,S,-,AI              | _K,L,S,F,AI           | false", // connection type differs
        "-,W,S,-,AI              | _K,W,A,F,AI           | false", // segment differs
        "-,W,S,-,AI              | _K,W,S,F,AE           | false", // measurement quantity differs
        "_A,W,S,-,AI             | _B,W,S,T,AI           | false", // group differs
    })
    void containment(String level, String fine, boolean contained) {
        assertThat(cat(level).contains(cat(fine))).isEqualTo(contained);
    }

    static Category cat(String csv) {
        String[] p = csv.strip().split(",");
        return new Category(p[0].equals("-") ? null : p[0], p[1], p[2], p[3].equals("-") ? null : p[3], p[4]);
    }
}
