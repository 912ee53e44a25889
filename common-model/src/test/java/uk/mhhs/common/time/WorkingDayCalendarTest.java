package uk.mhhs.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    // Christmas 2026: Fri 25 Dec, Boxing Day Sat 26 Dec substituted by Mon 28 Dec.
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);
    private static final LocalDate BOXING_DAY_SUBSTITUTE = LocalDate.of(2026, 12, 28);
    private final WorkingDayCalendar calendar =
            new WorkingDayCalendar(FixedHolidayCalendar.of(CHRISTMAS, BOXING_DAY_SUBSTITUTE));

    @Test
    void weekends_and_holidays_are_not_working_days() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue(); // Thursday
        assertThat(calendar.isWorkingDay(CHRISTMAS)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 26))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 27))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(BOXING_DAY_SUBSTITUTE)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(new WorkingDayCalendar(HolidayCalendar.none()).isWorkingDay(CHRISTMAS)).isTrue();
    }

    @Test
    void adds_working_days_skipping_weekends_and_holidays() {
        LocalDate thursday = LocalDate.of(2026, 12, 24);
        assertThat(calendar.addWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(calendar.addWorkingDays(thursday, 5)).isEqualTo(LocalDate.of(2027, 1, 4)); // 29,30,31,1 Jan,4 Jan
        assertThat(calendar.addWorkingDays(thursday, 0)).isEqualTo(thursday);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 29), -1)).isEqualTo(thursday);
        // From a non-working day, the start is not counted.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 26), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void counts_working_days_between_as_the_inverse_of_adding() {
        LocalDate thursday = LocalDate.of(2026, 12, 24);
        assertThat(calendar.workingDaysBetween(thursday, LocalDate.of(2027, 1, 4))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 1, 4), thursday)).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(thursday, thursday)).isZero();
        LocalDate from = LocalDate.of(2026, 12, 1);
        for (int n = -40; n <= 40; n++) {
            LocalDate to = calendar.addWorkingDays(from, n);
            assertThat(calendar.workingDaysBetween(from, to)).as("n=%d", n).isEqualTo(n);
        }
    }
}
