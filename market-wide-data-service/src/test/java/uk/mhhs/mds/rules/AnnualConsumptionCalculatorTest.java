package uk.mhhs.mds.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnualConsumptionCalculatorTest {

    /** Window 2025-07-01 … 2026-06-30: 365 days. */
    static final LocalDate LAST = LocalDate.of(2026, 6, 30);
    static final BigDecimal DEFAULT = new BigDecimal("2700");

    /** {@code actual} A days, then {@code estimated} E days, then {@code defaulted} D days, 10 kWh each, from the
     * window's first day; the rest of the window is missing. */
    static List<DailyTotal> days(LocalDate last, int actual, int estimated, int defaulted) {
        List<DailyTotal> days = new ArrayList<>();
        LocalDate d = last.minusYears(1).plusDays(1);
        for (int i = 0; i < actual + estimated + defaulted; i++, d = d.plusDays(1)) {
            String origin = i < actual ? "A" : i < actual + estimated ? "E" : "D";
            days.add(new DailyTotal(d, BigDecimal.TEN, origin));
        }
        return days;
    }

    @ParameterizedTest(name = "{0} A + {1} E + {2} D of 365 → {3} {4}")
    @CsvSource({
        // actual, estimated, defaulted days (10 kWh each; the rest missing), AC, quality
        // AC = 10 × data days × 365 ÷ data days = 3650 whenever there is data
        "365, 0, 0, 3650.000, A",   // 100 % actual
        "0, 365, 0, 3650.000, 3",   // 100 % estimated
        "300, 65, 0, 3650.000, 1",  // 300/365 = 82.2 % > 75 %
        "274, 91, 0, 3650.000, 1",  // 274 × 4 = 1096 > 365 × 3 = 1095: 75.07 % > 75 %
        "273, 92, 0, 3650.000, 2",  // 273 × 4 = 1092 ≤ 1095: 74.8 %
        "1, 364, 0, 3650.000, 2",   // any mix ≤ 75 % actual
        "364, 0, 0, 3650.000, 5",   // 1 day missing: 1/365 no data < 50 %
        "200, 0, 0, 3650.000, 5",   // 165 missing: 165 × 2 = 330 ≤ 365
        "183, 0, 0, 3650.000, 5",   // 182 missing: 364 ≤ 365
        "182, 0, 0, 3650.000, 4",   // 183 missing: 366 > 365: > 50 % no data
        "100, 0, 265, 3650.000, 4", // defaulted days are no data: 265 × 2 = 530 > 365
        "0, 0, 365, 2700.000, D",   // only defaulted: the default
        "0, 0, 0, 2700.000, D",     // nothing: the default
    })
    void volume_and_quality(int actual, int estimated, int defaulted, String kwh, String quality) {
        assertThat(AnnualConsumptionCalculator.calculate(days(LAST, actual, estimated, defaulted), LAST, DEFAULT))
                .isEqualTo(new AnnualConsumption(new BigDecimal(kwh), quality));
    }

    @Test
    void volume_is_scaled_to_365_days_and_rounded_half_up() {
        LocalDate d = LAST.minusDays(2);
        List<DailyTotal> days = List.of(new DailyTotal(d, new BigDecimal("3.000"), "A"),
                new DailyTotal(d.plusDays(1), new BigDecimal("3.000"), "E"),
                new DailyTotal(d.plusDays(2), new BigDecimal("4.000"), "A"));
        // 10 × 365 ÷ 3 = 1216.666… → 1216.667; 362 of 365 days missing → 4
        assertThat(AnnualConsumptionCalculator.calculate(days, LAST, DEFAULT))
                .isEqualTo(new AnnualConsumption(new BigDecimal("1216.667"), "4"));
    }

    @Test
    void leap_year_window_has_366_days() {
        LocalDate last = LocalDate.of(2028, 6, 30); // 2027-07-01 … 2028-06-30 holds 2028-02-29: 366 days
        // 366 × 10 = 3660 × 365 ÷ 366 = 3650.000
        assertThat(AnnualConsumptionCalculator.calculate(days(last, 366, 0, 0), last, DEFAULT))
                .isEqualTo(new AnnualConsumption(new BigDecimal("3650.000"), "A"));
        // exactly half without data: 183 × 2 = 366, not > 366 → 5
        assertThat(AnnualConsumptionCalculator.calculate(days(last, 183, 0, 0), last, DEFAULT).quality())
                .isEqualTo("5");
    }

    @Test
    void days_outside_the_window_and_days_without_kwh_are_ignored() {
        List<DailyTotal> days = new ArrayList<>(days(LAST, 365, 0, 0));
        days.add(new DailyTotal(LAST.minusYears(1), new BigDecimal("1000"), "A")); // 2025-06-30: excluded
        days.add(new DailyTotal(LAST.plusDays(1), new BigDecimal("1000"), "A"));   // after the last date
        assertThat(AnnualConsumptionCalculator.calculate(days, LAST, DEFAULT))
                .isEqualTo(new AnnualConsumption(new BigDecimal("3650.000"), "A"));
        // the last day sent again without a total: it has no data now → 1 of 365 missing → 5, AC 3640 × 365 ÷ 364
        days.add(new DailyTotal(LAST, null, "A"));
        assertThat(AnnualConsumptionCalculator.calculate(days, LAST, DEFAULT))
                .isEqualTo(new AnnualConsumption(new BigDecimal("3650.000"), "5"));
    }
}
