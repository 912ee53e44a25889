package uk.mhhs.dataservice.rules.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.mhhs.dataservice.rules.LoadShape;
import uk.mhhs.dataservice.rules.StandardShapes;

class ApportionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // 3.000 × w / 12
                Arguments.of("3.000", "1 1 2 2 3 3", true, "0.250 0.250 0.500 0.500 0.750 0.750"),
                // 1/3 = 0.3333 → 0.333 ×3 = 0.999; residual 0.001 on the first largest weight
                Arguments.of("1.000", "1 1 1", true, "0.334 0.333 0.333"),
                Arguments.of("1.000", "1 1 1", false, "0.333 0.333 0.333"),
                // all weights zero → equal shares 2.000 / 2
                Arguments.of("2.000", "0 0", true, "1.000 1.000"),
                // 0.1 × 1/3 = 0.0333 → 0.033 ; 0.1 × 2/3 = 0.0667 → 0.067 ; sum 0.100, no residual
                Arguments.of("0.100", "1 2", true, "0.033 0.067"),
                // 10/6 = 1.6667 → 1.667 ×6 = 10.002 ; residual −0.002 on the first
                Arguments.of("10", "1 1 1 1 1 1", true, "1.665 1.667 1.667 1.667 1.667 1.667"),
                // residual goes to the largest weight (the third): 1 × 1/7 = 0.142857 → 0.143 ; 2/7 = 0.285714 → 0.286 ;
                // 4/7 = 0.571429 → 0.571 ; sum 1.000 → no residual
                Arguments.of("1", "1 2 4", true, "0.143 0.286 0.571"),
                // 2 × 1/7 = 0.2857 → 0.286 ; 2 × 2/7 = 0.5714 → 0.571 ; 2 × 4/7 = 1.1429 → 1.143 ; sum 2.000
                Arguments.of("2", "1 2 4", true, "0.286 0.571 1.143"),
                // 0.010 × 1/7 = 0.0014 → 0.001 ; × 5/7 = 0.0071 → 0.007 ; sum 0.009, residual 0.001 on the largest weight (5)
                Arguments.of("0.010", "1 5 1", true, "0.001 0.008 0.001"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void spreads_by_weight_rounding_half_up_once(String total, String weights, boolean balance, String expected) {
        BigDecimal[] w = Arrays.stream(weights.split(" ")).map(BigDecimal::new).toArray(BigDecimal[]::new);
        int[] slots = new int[w.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = i;
        }
        BigDecimal[] out = new BigDecimal[w.length];
        Apportion.spread(new BigDecimal(total), w, slots, w.length, out, balance);
        assertThat(Arrays.stream(out).map(BigDecimal::toPlainString)).containsExactly(expected.split(" "));
    }

    @Test
    void a_multi_day_advance_is_apportioned_to_its_days_by_shape_totals() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        LoadShape flat = StandardShapes.flat().forDate(d);             // daily total 48
        LoadShape domestic = StandardShapes.domestic().forDate(d.plusDays(1)); // daily total 52
        // 10 × 48 / 100 = 4.800 ; 10 × 52 / 100 = 5.200
        assertThat(AdvanceApportionment.shares(new BigDecimal("10"), List.of(flat, domestic)))
                .extracting(BigDecimal::toPlainString).containsExactly("4.800", "5.200");
    }
}
