package uk.mhhs.mds.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DefaultsLossesTest {

    @ParameterizedTest(name = "{0} × {1} ÷ {2} = {3}")
    @CsvSource({
        // AC, LSPV, annual total, expected = AC × LSPV ÷ total, 3 dp HALF_UP
        "3100, 0.300, 3000, 0.310",     // 930 ÷ 3000 = 0.31
        "10000, 1.2345, 3000, 4.115",   // 12345 ÷ 3000 = 4.115 exactly
        "1, 0.0015, 1, 0.002",          // 0.0015 → HALF_UP 0.002
        "1, 0.0014999, 1, 0.001",       // 0.0014999 → 0.001
        "2700, 0.0001, 17520, 0.000",   // 0.27 ÷ 17520 = 0.0000154 → 0.000
        "2700, 1, 17520, 0.154",        // 2700 ÷ 17520 = 0.15411 → 0.154
        "0, 0.5, 100, 0.000",
    })
    void default_period_value(String ac, String lspv, String total, String expected) {
        assertThat(Defaults.periodValue(new BigDecimal(ac), new BigDecimal(lspv), new BigDecimal(total)))
                .isEqualTo(new BigDecimal(expected));
    }

    @Test
    void default_needs_a_positive_total() {
        assertThatThrownBy(() -> Defaults.periodValue(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Defaults.periodValue(null, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} × ({1} − 1) = {2}")
    @CsvSource({
        // kWh, LLF, expected = kWh × (LLF − 1), 3 dp HALF_UP
        "4000, 1.050, 200.000",        // 4000 × 0.050 = 200
        "123.456, 1.0125, 1.543",      // 123.456 × 0.0125 = 1.5432 → 1.543
        "1, 1.0005, 0.001",            // 0.0005 → HALF_UP 0.001
        "10, 0.98, -0.200",            // LLF below 1: negative losses
        "10, 1, 0.000",
    })
    void losses(String kwh, String llf, String expected) {
        assertThat(Losses.of(new BigDecimal(kwh), new BigDecimal(llf))).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "4000000, 1.050", "123456, 1.0125", "1000, 1.0005", "10000, 0.98", "10000, 1", "310, 1.050", "7, 1.0714",
    })
    void losses_in_wh_are_the_same_as_in_kwh(long wh, String llf) {
        long[] factor = Losses.factorsOf(new BigDecimal[] {new BigDecimal(llf)})[0];
        assertThat(BigDecimal.valueOf(Losses.ofWh(wh, factor[0], factor[1]), 3))
                .isEqualTo(Losses.of(BigDecimal.valueOf(wh, 3), new BigDecimal(llf)));
    }
}
