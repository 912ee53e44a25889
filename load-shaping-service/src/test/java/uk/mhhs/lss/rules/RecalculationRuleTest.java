package uk.mhhs.lss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RecalculationRuleTest {

    @ParameterizedTest(name = "{0} → {1} at {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "100 | 106 | 0.05 | true",  // |106 − 100| / 100 = 0.06 > 0.05
        "100 | 105 | 0.05 | false", // 5 / 100 = 0.05, not > 0.05
        "100 | 94  | 0.05 | true",  // |94 − 100| = 6 → 0.06 > 0.05
        "100 | 95  | 0.05 | false", // 0.05
        "100 | 100 | 0.05 | false", // 0
        "40  | 42  | 0.05 | false", // 2 / 40 = 0.05
        "40  | 43  | 0.05 | true",  // 3 / 40 = 0.075
        "30  | 31  | 0.05 | false", // 1 / 30 = 0.0333.. < 0.05
        "30  | 32  | 0.05 | true",  // 2 / 30 = 0.0666.. > 0.05
        "0   | 1   | 0.05 | true",  // previous 0, new > 0
        "0   | 0   | 0.05 | false", // nothing changed
        "10  | 0   | 0.05 | true",  // 10 / 10 = 1
        "100 | 101 | 0    | true",  // 0.01 > 0
        "100 | 150 | 0.5  | false", // 50 / 100 = 0.5, not > 0.5
    })
    void needed(int previous, int now, String threshold, boolean expected) {
        assertThat(RecalculationRule.needed(previous, now, new BigDecimal(threshold))).isEqualTo(expected);
    }

    @Test
    void negative_samples_are_rejected() {
        assertThatThrownBy(() -> RecalculationRule.needed(-1, 3, new BigDecimal("0.05")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
