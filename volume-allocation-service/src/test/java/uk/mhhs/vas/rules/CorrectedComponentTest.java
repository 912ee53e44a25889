package uk.mhhs.vas.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

/** CORC = C × (1 + (CF − 1) × W), on the worked example (CF = 1 + 435/7845 = 1.0554493308). */
class CorrectedComponentTest {

    @ParameterizedTest(name = "C {0} CF {1} W {2} → {3}")
    @CsvSource(nullValues = "null", value = {
            // 4000 × (1 + 0.0554493308 × 1) = 4000 + 221.7973232 = 4221.7973232 → 4221.797323
            "4000.000, 1.0554493308, 1.0, 4221.797323",
            // 200 × 1.0554493308 = 211.08986616 → 211.089866
            "200.000, 1.0554493308, 1.0, 211.089866",
            // 2000 × (1 + 0.0554493308 × 0.5) = 2000 × 1.0277246654 = 2055.4493308 → 2055.449331
            "2000.000, 1.0554493308, 0.5, 2055.449331",
            // 40 × 1.0277246654 = 41.108986616 → 41.108987
            "40.000, 1.0554493308, 0.5, 41.108987",
            // export, W 0: untouched, sign kept
            "-300.000, 1.0554493308, 0.0, -300.000000",
            // negative C with W 1: −10 × 1.0554493308 = −10.554493308 → −10.554493
            "-10.000, 1.0554493308, 1.0, -10.554493",
            // CF below 1: 100 × (1 + (−0.2) × 0.5) = 100 × 0.9 = 90
            "100.000, 0.8, 0.5, 90.000000",
            // undefined CF: uncorrected
            "123.456, null, 1.0, 123.456000",
    })
    void corrects_by_the_weighted_factor(String c, String cf, String w, String expected) {
        BigDecimal corrected = CorrectedComponent.of(new BigDecimal(c), cf == null ? null : new BigDecimal(cf),
                new BigDecimal(w));

        assertThat(corrected.setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "CF {0} W {1} → {2}")
    @CsvSource(nullValues = "null", value = {
            // 1 + 0.0554493308 × 1
            "1.0554493308, 1.0, 1.0554493308",
            // 1 + 0.0554493308 × 0.5 = 1.0277246654
            "1.0554493308, 0.5, 1.0277246654",
            // 1 + (−0.2) × 0.5 = 0.9
            "0.8, 0.5, 0.9",
            // W 0 and an undefined CF leave the volume as it is: no multiplier
            "1.0554493308, 0.0, null",
            "null, 1.0, null",
    })
    void the_multiplier_of_a_class_in_a_period_is_one_plus_the_weighted_correction(String cf, String w,
                                                                                   String expected) {
        BigDecimal multiplier = CorrectedComponent.multiplier(cf == null ? null : new BigDecimal(cf),
                new BigDecimal(w));

        if (expected == null) {
            assertThat(multiplier).isNull();
        } else {
            assertThat(multiplier).isEqualByComparingTo(expected);
            // applied, it gives what of(C, CF, W) gives: 2000 × 1.0277246654 = 2055.4493308
            BigDecimal c = new BigDecimal("2000.000");
            assertThat(CorrectedComponent.of(c, multiplier))
                    .isEqualTo(CorrectedComponent.of(c, new BigDecimal(cf), new BigDecimal(w)));
        }
    }
}
