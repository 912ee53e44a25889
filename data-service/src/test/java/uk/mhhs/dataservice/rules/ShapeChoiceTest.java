package uk.mhhs.dataservice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.mhhs.dataservice.rules.Days.all;
import static uk.mhhs.dataservice.rules.Days.kwh;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShapeChoiceTest {

    static final LocalDate DATE = LocalDate.of(2026, 2, 1);
    final LoadShape standard = StandardShapes.domestic().forDate(DATE);
    final LoadShape lss = new LoadShape(DATE, all("2"), kwh("35040"), "A", "LSS");
    final LoadShape previous = new LoadShape(DATE.minusDays(1), all("3"), null, "E", "LSS");

    @Test
    void the_dates_own_shape_first() {
        ShapeChoice c = ShapeChoice.choose(Optional.of(lss), Optional.of(previous), standard);
        assertThat(c.fallback()).isEqualTo(ShapeChoice.Fallback.NONE);
        assertThat(c.shape()).isSameAs(lss);
    }

    @Test
    void then_the_previous_days_shape_relabelled_to_the_date() {
        ShapeChoice c = ShapeChoice.choose(Optional.empty(), Optional.of(previous), standard);
        assertThat(c.fallback()).isEqualTo(ShapeChoice.Fallback.PREVIOUS_DATE);
        assertThat(c.shape().date()).isEqualTo(DATE);
        assertThat(c.shape().source()).isEqualTo("previous day");
        assertThat(c.shape().periodValues()).isSameAs(previous.periodValues());
        // no annual total given → 365 × 48 × 3 = 52 560
        assertThat(c.shape().effectiveAnnualTotal()).isEqualByComparingTo("52560");
    }

    @Test
    void then_the_standard_shape_also_when_the_published_one_is_all_zero() {
        LoadShape zero = new LoadShape(DATE, all("0"), null, "A", "LSS");
        ShapeChoice c = ShapeChoice.choose(Optional.of(zero), Optional.empty(), standard);
        assertThat(c.fallback()).isEqualTo(ShapeChoice.Fallback.STANDARD);
        assertThat(c.shape()).isSameAs(standard);
    }

    @Test
    void standard_shapes_annual_total_is_365_daily_totals() {
        // flat: 48 × 1 = 48 per day, × 365 = 17 520
        assertThat(StandardShapes.flat().annualTotal()).isEqualByComparingTo("17520");
        // domestic: 14 × 0.6 + 18 × 1.0 + 8 × 2.0 + 8 × 1.2 = 8.4 + 18 + 16 + 9.6 = 52.0 per day, × 365 = 18 980
        LoadShape d = StandardShapes.domestic().forDate(DATE);
        assertThat(d.dailyTotal()).isEqualByComparingTo("52.0");
        assertThat(d.annualTotal()).isEqualByComparingTo("18980");
        assertThat(d.source()).isEqualTo("standard");
        assertThat(d.value(13)).isEqualByComparingTo("0.6");   // 06:30–07:00Z
        assertThat(d.value(14)).isEqualByComparingTo("1.0");   // 07:00–07:30Z
        assertThat(d.value(32)).isEqualByComparingTo("2.0");   // 16:00–16:30Z
        assertThat(d.value(40)).isEqualByComparingTo("1.2");   // 20:00–20:30Z
    }

    @Test
    void a_shape_has_48_non_negative_values() {
        assertThatThrownBy(() -> new LoadShape(DATE, new java.math.BigDecimal[46], null, "A", "LSS"))
                .isInstanceOf(IllegalArgumentException.class);
        java.math.BigDecimal[] negative = all("1");
        negative[3] = kwh("-1");
        assertThatThrownBy(() -> new LoadShape(DATE, negative, null, "A", "LSS"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
