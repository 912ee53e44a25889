package uk.mhhs.dipclient.reports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports' kWh: 6 decimals, half up, plain (never exponent notation), a sign only when negative at 6 decimals. */
class ReportBlocksTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0, 0.000000",
            "4000.000, 4000.000000",
            "4221.7973232, 4221.797323",
            "41.108986616, 41.108987",   // 7th decimal 6: up
            "1.2345675, 1.234568",       // exactly half: up
            "-12.3456785, -12.345679",   // half up is away from zero
            "-300.000, -300.000000",
            "-0.0000004, 0.000000",      // rounds to zero: no sign
            "0.0000005, 0.000001",
            "999999999.9999995, 1000000000.000000",
            "1E+3, 1000.000000",         // never 1E+3
            "1234567890123.5, 1234567890123.500000",
            // at most 6 decimals: printed without rounding, whichever way the digits fit
            "7, 7.000000",
            "0.000, 0.000000",
            "-0.500, -0.500000",
            "0.000001, 0.000001",
            "-1.000001, -1.000001",
            "123456789012.345, 123456789012.345000",       // 18 digits at 6 decimals
            "-9999999999999.999, -9999999999999.999000"    // 19 digits at 6 decimals
    })
    void six_decimals_half_up(String kwh, String expected) {
        assertThat(ReportBlocks.six(new BigDecimal(kwh))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {"1.5, 1.500000", "-0.010, null", "-0.0000001, 0.000000"})
    void unsigned_fields_get_null_for_a_negative_value(String kwh, String expected) {
        assertThat(ReportBlocks.sixUnsigned(new BigDecimal(kwh))).isEqualTo(expected);
    }
}
