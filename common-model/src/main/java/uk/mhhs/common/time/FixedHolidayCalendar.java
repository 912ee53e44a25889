package uk.mhhs.common.time;

import java.time.LocalDate;
import java.util.Set;

/**
 * A {@link HolidayCalendar} from a fixed set of dates.
 *
 * @param holidays the holiday dates
 */
public record FixedHolidayCalendar(Set<LocalDate> holidays) implements HolidayCalendar {

    /**
     * Copies the set.
     */
    public FixedHolidayCalendar {
        holidays = Set.copyOf(holidays);
    }

    /**
     * @param holidays the holiday dates
     * @return the calendar
     */
    public static FixedHolidayCalendar of(LocalDate... holidays) {
        return new FixedHolidayCalendar(Set.of(holidays));
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }
}
