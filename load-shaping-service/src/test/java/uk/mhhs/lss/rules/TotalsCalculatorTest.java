package uk.mhhs.lss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.mhhs.lss.rules.Kwh.all;
import static uk.mhhs.lss.rules.Kwh.kwh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotalsCalculatorTest {

    static final LocalDate DATE = LocalDate.of(2026, 2, 10);
    final TotalsCalculator calculator = new TotalsCalculator(LssSettings.defaults());

    static Map<LocalDate, BigDecimal[]> days(LocalDate last, int count, String perPeriod) {
        Map<LocalDate, BigDecimal[]> h = new HashMap<>();
        for (int i = 0; i < count; i++) {
            h.put(last.minusDays(i), all(perPeriod));
        }
        return h;
    }

    @Test
    void seven_days_of_a_constant_half_kwh() {
        Map<LocalDate, BigDecimal[]> h = days(DATE, 7, "0.5"); // 2026-02-04 .. 2026-02-10
        Totals t = calculator.totals(DATE, h);
        assertThat(t.dayTotal()).isEqualTo(kwh("24.000"));       // 48 × 0.5
        assertThat(t.dayPeak()).isEqualTo(kwh("17.000"));        // periods 15–48: 34 × 0.5
        assertThat(t.dayOffPeak()).isEqualTo(kwh("7.000"));      // periods 1–14: 14 × 0.5
        assertThat(t.sevenDayTotal()).isEqualTo(kwh("168.000")); // 7 × 24
        assertThat(t.sevenDayPeak()).isEqualTo(kwh("119.000"));  // 7 × 17
        assertThat(t.sevenDayOffPeak()).isEqualTo(kwh("49.000")); // 7 × 7
        assertThat(t.annualTotal()).isEqualTo(kwh("8760.000"));  // 168 × 365 / 7 = 24 × 365
        assertThat(calculator.basis(DATE, h)).isEqualTo(new TotalsBasis(7, 7, true));
    }

    @ParameterizedTest(name = "peak {0} / off-peak {1}")
    @CsvSource(delimiter = '|', value = {
        // values 0.001 × period number; Σ1..48 = 48 × 49 / 2 = 1176, Σ1..14 = 105, Σ1..15 = 120
        "15-48   | 1-14 | 1.071 | 0.105", // 1176 − 105 = 1071; 105
        "1,16-48 | 2-15 | 1.057 | 0.119", // 1 + (1176 − 120) = 1057; 120 − 1 = 119
    })
    void peak_and_off_peak_by_the_configured_ranges(String peak, String offPeak, String dayPeak, String dayOff) {
        TotalsCalculator calc = new TotalsCalculator(LssSettings.defaults().withPeakAndOffPeak(peak, offPeak));
        Totals t = calc.totals(DATE, Map.of(DATE, Kwh.periodNumbers()));
        assertThat(t.dayTotal()).isEqualTo(kwh("1.176"));
        assertThat(t.dayPeak()).isEqualTo(kwh(dayPeak));
        assertThat(t.dayOffPeak()).isEqualTo(kwh(dayOff));
        assertThat(t.sevenDayPeak()).isEqualTo(kwh(dayPeak)); // only the date present
        assertThat(t.annualTotal()).isEqualTo(kwh("429.240")); // 1.176 × 365 / 1 = 429.24
    }

    @Test
    void missing_dates_in_the_seven_days_contribute_nothing_and_the_year_is_scaled() {
        Map<LocalDate, BigDecimal[]> h = new HashMap<>();
        h.put(DATE, all("0.5"));                   // 24 a day
        h.put(DATE.minusDays(3), all("0.5"));      // 24
        h.put(DATE.minusDays(7), all("1.0"));      // 48, outside the 7 days (date − 6 .. date)
        Totals t = calculator.totals(DATE, h);
        assertThat(t.sevenDayTotal()).isEqualTo(kwh("48.000"));  // 24 + 24, not scaled
        assertThat(t.sevenDayPeak()).isEqualTo(kwh("34.000"));   // 17 + 17
        assertThat(t.sevenDayOffPeak()).isEqualTo(kwh("14.000")); // 7 + 7
        // 3 dates in the year: (24 + 24 + 48) × 365 / 3 = 96 × 365 / 3 = 32 × 365 = 11 680
        assertThat(t.annualTotal()).isEqualTo(kwh("11680.000"));
        assertThat(calculator.basis(DATE, h)).isEqualTo(new TotalsBasis(2, 3, false)); // 3 < 7 days
    }

    @Test
    void the_rolling_year_is_date_minus_364_to_the_date() {
        Map<LocalDate, BigDecimal[]> h = new HashMap<>();
        h.put(DATE, all("0.5"));                    // 24
        h.put(DATE.minusDays(364), all("1.0"));     // 48, first day of the window
        h.put(DATE.minusDays(365), all("2.0"));     // 96, outside
        h.put(DATE.plusDays(1), all("2.0"));        // after the date, outside
        Totals t = calculator.totals(DATE, h);
        assertThat(t.annualTotal()).isEqualTo(kwh("13140.000")); // (24 + 48) × 365 / 2 = 36 × 365
        assertThat(t.sevenDayTotal()).isEqualTo(kwh("24.000"));
    }

    @Test
    void a_full_year_needs_no_scaling() {
        Map<LocalDate, BigDecimal[]> h = days(DATE, 365, "0.5");
        h.put(DATE.minusDays(3), all("1.0")); // one day of 48 instead of 24
        // Σ = 364 × 24 + 48 = 8736 + 48 = 8784; × 365 / 365
        assertThat(calculator.totals(DATE, h).annualTotal()).isEqualTo(kwh("8784.000"));
        // 7 days: 6 × 24 + 48 = 192
        assertThat(calculator.totals(DATE, h).sevenDayTotal()).isEqualTo(kwh("192.000"));
        assertThat(calculator.basis(DATE, h)).isEqualTo(new TotalsBasis(7, 365, true));
    }

    @Test
    void the_annual_scaling_is_rounded_half_up_to_3_decimals() {
        Map<LocalDate, BigDecimal[]> h = new HashMap<>();
        h.put(DATE, oneKwhInPeriod1("1.000"));
        h.put(DATE.minusDays(10), oneKwhInPeriod1("1.000"));
        h.put(DATE.minusDays(20), oneKwhInPeriod1("2.000"));
        // (1 + 1 + 2) × 365 / 3 = 1460 / 3 = 486.6666.. → 486.667
        assertThat(calculator.totals(DATE, h).annualTotal()).isEqualTo(kwh("486.667"));
    }

    @Test
    void a_clock_change_week_is_seven_utc_dates_of_48_periods() {
        LocalDate springForward = LocalDate.of(2026, 3, 29);
        Map<LocalDate, BigDecimal[]> h = days(springForward.plusDays(3), 7, "0.5"); // 2026-03-26 .. 2026-04-01
        Totals t = calculator.totals(springForward.plusDays(3), h);
        assertThat(t.sevenDayTotal()).isEqualTo(kwh("168.000")); // 7 × 48 × 0.5
        assertThat(calculator.totals(springForward, h).dayTotal()).isEqualTo(kwh("24.000")); // 48 × 0.5
        assertThat(calculator.totals(LocalDate.of(2026, 10, 25), days(LocalDate.of(2026, 10, 25), 1, "0.5"))
                .dayPeak()).isEqualTo(kwh("17.000")); // 34 × 0.5
    }

    @Test
    void bad_history_is_rejected() {
        assertThatThrownBy(() -> calculator.totals(DATE, days(DATE.minusDays(1), 3, "0.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no published values for the date");
        assertThatThrownBy(() -> calculator.totals(DATE, Map.of(DATE, new BigDecimal[47])))
                .hasMessageContaining("47 periods, expected 48");
        BigDecimal[] holey = all("0.5");
        holey[3] = null;
        assertThatThrownBy(() -> calculator.totals(DATE, Map.of(DATE, holey)))
                .hasMessageContaining("period 4 of 2026-02-10 is missing");
    }

    static BigDecimal[] oneKwhInPeriod1(String v) {
        BigDecimal[] out = all("0.000");
        out[0] = kwh(v);
        return out;
    }
}
