package uk.mhhs.vas.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.mhhs.common.time.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which (settlement date, run type) fall due on a day, worked out by hand by counting the working days in (D, today]
 * on a 2026 calendar: 31 Aug (Mon) is the August bank holiday; 3 Apr (Fri) and 6 Apr (Mon) are Easter.
 */
class RunTimetableTest {

    private static final Set<LocalDate> AUGUST_HOLIDAY = Set.of(LocalDate.of(2026, 8, 31));
    private static final Set<LocalDate> EASTER = Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6));

    static Stream<Arguments> days() {
        Function<LocalDate, Map<String, Integer>> iiAndSf = d -> Map.of("II", 1, "SF", 7);
        Function<LocalDate, Map<String, Integer>> ii = d -> Map.of("II", 1);
        Function<LocalDate, Map<String, Integer>> sf = d -> Map.of("SF", 7);
        // SF moves from 7 to 5 working days for settlement dates from 1 Sep 2026
        Function<LocalDate, Map<String, Integer>> sfChanges = d -> Map.of("SF", d.isBefore(
                LocalDate.of(2026, 9, 1)) ? 7 : 5);
        return Stream.of(
                // Monday 16 Nov, no holiday. II+1: (Fri 13, Mon 16] holds only Mon 16 (Sat, Sun do not count), so
                // Fri 13, Sat 14 and Sun 15 all have 1 working day to Monday; Thu 12 has 2 (Fri, Mon).
                // SF+7: back from Mon 16: 16, 13, 12, 11, 10, 9, 6 are 7 working days, so (Thu 5, Mon 16] has 7.
                Arguments.of("a Monday", LocalDate.of(2026, 11, 16), iiAndSf, Set.of(),
                        List.of("2026-11-05 SF", "2026-11-13 II", "2026-11-14 II", "2026-11-15 II")),
                // Tuesday 1 Sep after the bank holiday Monday: II+1 for Fri 28 to Mon 31 Aug (4 dates), since
                // (Fri 28, Tue 1] holds only Tue 1 as a working day
                Arguments.of("the Tuesday after a bank holiday", LocalDate.of(2026, 9, 1), ii, AUGUST_HOLIDAY,
                        List.of("2026-08-28 II", "2026-08-29 II", "2026-08-30 II", "2026-08-31 II")),
                // Wednesday 2 Sep, SF+7: (Fri 21 Aug, Wed 2 Sep] = 24, 25, 26, 27, 28 Aug, 1, 2 Sep = 7 (31 Aug is a
                // holiday), the same for Sat 22 and Sun 23; Mon 24 has 6, Thu 20 has 8
                Arguments.of("SF a week after a bank holiday", LocalDate.of(2026, 9, 2), sf, AUGUST_HOLIDAY,
                        List.of("2026-08-21 SF", "2026-08-22 SF", "2026-08-23 SF")),
                // the same day without the holiday: (Mon 24 Aug, Wed 2 Sep] = 25, 26, 27, 28, 31, 1, 2 = 7, only 24
                Arguments.of("SF without the holiday", LocalDate.of(2026, 9, 2), sf, Set.of(),
                        List.of("2026-08-24 SF")),
                // Easter: Thu 2 Apr is followed by Good Friday, the weekend and Easter Monday, so 2, 3, 4, 5 and 6 Apr
                // all reach their 7th working day on Wed 15 Apr (7, 8, 9, 10, 13, 14, 15 Apr)
                Arguments.of("SF after Easter", LocalDate.of(2026, 4, 15), sf, EASTER,
                        List.of("2026-04-02 SF", "2026-04-03 SF", "2026-04-04 SF", "2026-04-05 SF", "2026-04-06 SF")),
                // Tue 8 Sep: dates before 1 Sep keep SF+7: (Fri 28 Aug, Tue 8 Sep] = 31, 1, 2, 3, 4, 7, 8 = 7 (no
                // holiday here), also Sat 29 and Sun 30; Mon 31 Aug has 6. Tue 1 Sep has SF+5: 2, 3, 4, 7, 8 = 5.
                Arguments.of("an effective-dated timetable", LocalDate.of(2026, 9, 8), sfChanges, Set.of(),
                        List.of("2026-08-28 SF", "2026-08-29 SF", "2026-08-30 SF", "2026-09-01 SF")),
                Arguments.of("a Saturday", LocalDate.of(2026, 11, 14), iiAndSf, Set.of(), List.of()),
                Arguments.of("a bank holiday", LocalDate.of(2026, 8, 31), iiAndSf, AUGUST_HOLIDAY, List.of()),
                Arguments.of("no timetable", LocalDate.of(2026, 11, 16),
                        (Function<LocalDate, Map<String, Integer>>) d -> Map.of(), Set.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void runs_due_on_a_day(String what, LocalDate today, Function<LocalDate, Map<String, Integer>> timetable,
                           Set<LocalDate> holidays, List<String> expected) {
        RunTimetable rule = new RunTimetable(timetable, new WorkingDayCalendar(holidays::contains));

        assertThat(rule.dueOn(today)).extracting(d -> d.settlementDate() + " " + d.runType())
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void every_date_due_reaches_today_by_its_working_days(String what, LocalDate today,
                                                          Function<LocalDate, Map<String, Integer>> timetable,
                                                          Set<LocalDate> holidays, List<String> expected) {
        WorkingDayCalendar calendar = new WorkingDayCalendar(holidays::contains);
        for (RunTimetable.Due due : new RunTimetable(timetable, calendar).dueOn(today)) {
            int days = timetable.apply(due.settlementDate()).get(due.runType());
            assertThat(calendar.addWorkingDays(due.settlementDate(), days)).as(due.toString())
                    .isEqualTo(today);
        }
    }
}
