package uk.mhhs.common.time;

import java.time.LocalDate;

/**
 * Says which dates are bank holidays for working-day arithmetic. Implementations may come from a
 * fixed list, from Industry Standing Data, or elsewhere.
 */
@FunctionalInterface
public interface HolidayCalendar {

    /**
     * @param date any date
     * @return whether it is a holiday (weekends need not be listed)
     */
    boolean isHoliday(LocalDate date);

    /**
     * @return a calendar with no holidays
     */
    static HolidayCalendar none() {
        return date -> false;
    }
}
