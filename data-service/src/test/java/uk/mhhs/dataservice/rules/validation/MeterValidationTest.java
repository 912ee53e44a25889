package uk.mhhs.dataservice.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.mhhs.dataservice.rules.Segment;
import uk.mhhs.dataservice.rules.VeSettings;
import uk.mhhs.dataservice.rules.validation.ReadingAssembly.PeriodReading;

class MeterValidationTest {

    final VeSettings s = VeSettings.defaults();

    @ParameterizedTest
    @CsvSource({
        // sum, advance, disagrees? tolerance max(0.5, 2 % × advance)
        "10.000, 10.500, false", // 0.5 ≤ 0.5
        "10.000, 10.501, true",  // 0.501 > max(0.5, 0.21)
        "100.000, 102.000, false", // 2.0 ≤ max(0.5, 2.04)
        "100.000, 97.900, true",   // 2.1 > max(0.5, 1.958)
    })
    void hh_sum_against_advance(String sum, String advance, boolean disagrees) {
        assertThat(MeterValidation.sumDisagreesWithAdvance(new BigDecimal(sum), new BigDecimal(advance), s)).isEqualTo(disagrees);
    }

    @Test
    void defaults_by_connection_type_and_segment() {
        assertThat(s.maxKwhPerPeriod("E", Segment.ADVANCED)).isEqualByComparingTo("50000");
        assertThat(s.maxKwhPerPeriod(null, Segment.ADVANCED)).isEqualByComparingTo("500");   // L
        assertThat(s.maxKwhPerPeriod(null, Segment.UNMETERED)).isEqualByComparingTo("50");   // U
        assertThat(s.defaultAnnualConsumption(null, Segment.SMART)).isEqualByComparingTo("2700"); // W
    }

    @Test
    void readings_out_of_range_are_ignored_with_a_warning() {
        ReadingAssembly.Assembled a = ReadingAssembly.assemble(List.of(
                new PeriodReading(48, BigDecimal.ONE), new PeriodReading(-1, BigDecimal.ONE), new PeriodReading(0, null),
                new PeriodReading(1, BigDecimal.TEN)));
        assertThat(a.warnings()).hasSize(3);
        assertThat(a.values()).hasSize(48);
        assertThat(a.values()[1]).isEqualTo(BigDecimal.TEN);
        assertThat(a.invalidMask()).isZero();
    }
}
