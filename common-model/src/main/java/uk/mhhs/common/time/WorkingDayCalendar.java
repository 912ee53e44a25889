package uk.mhhs.common.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working-day arithmetic for run timetables ("SF is 5 working days after the settlement date"): a
 * working day is a Monday to Friday that is not a holiday.
 */
public final class WorkingDayCalendar {

    private final HolidayCalendar holidays;

    /**
     * @param holidays which weekdays are not working days
     */
    public WorkingDayCalendar(HolidayCalendar holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /**
     * @param date any date
     * @return whether it is a weekday and not a holiday
     */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /**
     * @param date the starting date, which need not be a working day and is never counted
     * @param workingDays how many working days to move: positive forwards, negative backwards
     * @return the {@code workingDays}-th working day after (or before) {@code date}; {@code date}
     *     itself when {@code workingDays} is 0
     */
    public LocalDate addWorkingDays(LocalDate date, int workingDays) {
        int step = Integer.signum(workingDays);
        int remaining = Math.abs(workingDays);
        LocalDate current = date;
        while (remaining > 0) {
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                remaining--;
            }
        }
        return current;
    }

    /**
     * The inverse of {@link #addWorkingDays}: for a working day {@code to},
     * {@code addWorkingDays(from, workingDaysBetween(from, to))} is {@code to}.
     *
     * @param from the starting date, not counted
     * @param to the end date, counted
     * @return the number of working days in {@code (from, to]}, or minus the number in
     *     {@code [to, from)} when {@code to} is before {@code from}
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -countFromInclusiveToExclusive(to, from);
        }
        return countFromInclusiveToExclusive(from.plusDays(1), to.plusDays(1));
    }

    private int countFromInclusiveToExclusive(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
