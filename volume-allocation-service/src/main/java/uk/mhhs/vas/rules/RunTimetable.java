package uk.mhhs.vas.rules;

import uk.mhhs.common.time.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which runs fall due on a working day. The timetable says, for each run type, how many working days after the
 * settlement date D its run is made, as valid on D (ISD's settlement-run-type is effective-dated by settlement date):
 * the (D, type) with {@code addWorkingDays(D, days) == today} are due today. Because weekends and holidays are not
 * counted, several settlement dates can fall due on one working day (the Monday after a weekend: Saturday, Sunday and
 * Friday's dates for a type with 1+ days), and none on a day that is not a working day.
 */
public final class RunTimetable {

    /** A run due: its settlement date and run type. */
    public record Due(LocalDate settlementDate, String runType) {
    }

    private final Function<LocalDate, Map<String, Integer>> timetableOn;
    private final WorkingDayCalendar calendar;

    /**
     * @param timetableOn the timetable valid on a settlement date: run type → working days after it
     * @param calendar    working days
     */
    public RunTimetable(Function<LocalDate, Map<String, Integer>> timetableOn, WorkingDayCalendar calendar) {
        this.timetableOn = Objects.requireNonNull(timetableOn, "timetableOn");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The runs due on {@code today}, by settlement date (oldest first) then run type.
     * Walks back from today counting the working days in (D, today]; a type is due for D when its days equal that
     * count. The walk ends once the count passes the largest number of days of any timetable met on the way.
     */
    public List<Due> dueOn(LocalDate today) {
        List<Due> due = new ArrayList<>();
        if (!calendar.isWorkingDay(today)) {
            return due;
        }
        int horizon = 0;
        int workingDaysBetween = 0; // working days in (d, today]
        for (LocalDate d = today; ; d = d.minusDays(1)) {
            if (!d.equals(today) && calendar.isWorkingDay(d.plusDays(1))) {
                workingDaysBetween++;
            }
            Map<String, Integer> timetable = timetableOn.apply(d);
            for (Map.Entry<String, Integer> row : timetable.entrySet()) {
                horizon = Math.max(horizon, row.getValue());
                if (row.getValue() == workingDaysBetween) {
                    due.add(new Due(d, row.getKey()));
                }
            }
            if (workingDaysBetween > horizon) {
                break;
            }
        }
        due.sort(Comparator.comparing(Due::settlementDate).thenComparing(Due::runType));
        return due;
    }
}
