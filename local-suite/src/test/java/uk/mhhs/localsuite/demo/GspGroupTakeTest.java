package uk.mhhs.localsuite.demo;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GspGroupTakeTest {

    @Test
    void theTakeIsTheMeteredTotalTimesTheGroupsFactorTo3Decimals() {
        Map<String, BigDecimal> factors = Map.of("_A", new BigDecimal("1.030"));
        // 1,000.0005 × 1.030 = 1,030.000515 → 1,030.001; 2.5 × 1.030 = 2.575
        Map<String, Map<Integer, BigDecimal>> take = GspGroupTake.take(Map.of("_A", Map.of(1, new BigDecimal(
                "1000.0005"), 2, new BigDecimal("2.5"))), factors);

        assertThat(take.get("_A").get(1)).isEqualByComparingTo("1030.001");
        assertThat(take.get("_A").get(2)).isEqualByComparingTo("2.575");
        assertThat(GspGroupTake.csv(LocalDate.of(2026, 12, 1), take)).isEqualTo(
                "settlement_date,gsp_group,settlement_period,gsp_group_take_kwh\n"
                        + "2026-12-01,_A,1,1030.001\n2026-12-01,_A,2,2.575\n");
    }

    @Test
    void factorsAreAFewPercentAndSeeded() {
        Map<String, BigDecimal> factors = GspGroupTake.factors(List.of("_A", "_B", "_C"), 5);
        assertThat(factors.values()).allSatisfy(f -> assertThat(f).isBetween(new BigDecimal("1.010"),
                new BigDecimal("1.050")));
        assertThat(GspGroupTake.factors(List.of("_A", "_B", "_C"), 5)).isEqualTo(factors);
    }
}
