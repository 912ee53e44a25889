package uk.mhhs.isd.calendar;

import org.junit.jupiter.api.Test;
import uk.mhhs.isd.calendar.EnglandAndWalesBankHolidays.BankHoliday;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected dates checked by hand against a calendar, not computed. */
class EnglandAndWalesBankHolidaysTest {

    @Test
    void easter_monday_2025_is_21_april_and_good_friday_2026_is_3_april() {
        assertThat(EnglandAndWalesBankHolidays.forYear(2025))
                .contains(new BankHoliday(LocalDate.of(2025, 4, 18), "Good Friday"),
                        new BankHoliday(LocalDate.of(2025, 4, 21), "Easter Monday"));
        assertThat(EnglandAndWalesBankHolidays.forYear(2026))
                .contains(new BankHoliday(LocalDate.of(2026, 4, 3), "Good Friday"),
                        new BankHoliday(LocalDate.of(2026, 4, 6), "Easter Monday"));
    }

    @Test
    void summer_bank_holiday_2027_is_the_last_monday_of_august() {
        assertThat(EnglandAndWalesBankHolidays.forYear(2027))
                .contains(new BankHoliday(LocalDate.of(2027, 8, 30), "Summer bank holiday"));
    }

    @Test
    void christmas_on_a_friday_moves_boxing_day_to_monday_28th() {
        assertThat(EnglandAndWalesBankHolidays.forYear(2026)).contains(
                new BankHoliday(LocalDate.of(2026, 12, 25), "Christmas Day"),
                new BankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)"));
    }

    @Test
    void christmas_on_a_saturday_moves_both_days_to_monday_and_tuesday() {
        assertThat(EnglandAndWalesBankHolidays.forYear(2027)).contains(
                new BankHoliday(LocalDate.of(2027, 12, 27), "Christmas Day (substitute day)"),
                new BankHoliday(LocalDate.of(2027, 12, 28), "Boxing Day (substitute day)"));
    }

    @Test
    void new_year_on_a_saturday_is_observed_on_monday_3rd() {
        assertThat(EnglandAndWalesBankHolidays.forYear(2028))
                .contains(new BankHoliday(LocalDate.of(2028, 1, 3), "New Year's Day (substitute day)"));
    }

    @Test
    void may_2024_has_early_may_on_the_6th_and_spring_on_the_27th() {
        assertThat(EnglandAndWalesBankHolidays.forYear(2024)).contains(
                new BankHoliday(LocalDate.of(2024, 5, 6), "Early May bank holiday"),
                new BankHoliday(LocalDate.of(2024, 5, 27), "Spring bank holiday"));
    }

    @Test
    void every_year_2024_to_2030_has_eight_holidays_on_weekdays() {
        for (int year = 2024; year <= 2030; year++) {
            assertThat(EnglandAndWalesBankHolidays.forYear(year)).as("" + year).hasSize(8)
                    .allMatch(h -> h.date().getDayOfWeek().getValue() <= 5);
        }
        assertThat(EnglandAndWalesBankHolidays.forYears(2024, 2030)).hasSize(56);
    }
}
