package uk.mhhs.isd.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The bank holidays of England and Wales computed by their standing rules: New Year's Day, Good Friday, Easter
 * Monday, early May (first Monday), spring (last Monday of May), summer (last Monday of August), Christmas Day
 * and Boxing Day, each moved to the next free weekday when it falls on a weekend. One-off changes (2020 VE day,
 * 2022 jubilee and funeral, 2023 coronation) fall outside the years this is used for and are not modelled: a
 * future one-off is added as an ISD version, not here. Reconstructed rules (L), hand-checked in the tests.
 */
public final class EnglandAndWalesBankHolidays {

    /** One holiday. */
    public record BankHoliday(LocalDate date, String name) {
    }

    private EnglandAndWalesBankHolidays() {
    }

    public static List<BankHoliday> forYear(int year) {
        List<BankHoliday> days = new ArrayList<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        days.add(new BankHoliday(nextWeekday(newYear), newYear.equals(nextWeekday(newYear))
                ? "New Year's Day" : "New Year's Day (substitute day)"));
        LocalDate easter = easterSunday(year);
        days.add(new BankHoliday(easter.minusDays(2), "Good Friday"));
        days.add(new BankHoliday(easter.plusDays(1), "Easter Monday"));
        days.add(new BankHoliday(LocalDate.of(year, Month.MAY, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday"));
        days.add(new BankHoliday(LocalDate.of(year, Month.MAY, 1)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday"));
        days.add(new BankHoliday(LocalDate.of(year, Month.AUGUST, 1)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Summer bank holiday"));
        days.addAll(christmas(year));
        return List.copyOf(days);
    }

    public static List<BankHoliday> forYears(int firstYear, int lastYear) {
        List<BankHoliday> days = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            days.addAll(forYear(year));
        }
        return List.copyOf(days);
    }

    private static List<BankHoliday> christmas(int year) {
        LocalDate christmas = LocalDate.of(year, 12, 25);
        return switch (christmas.getDayOfWeek()) {
            case SATURDAY -> List.of(new BankHoliday(christmas.plusDays(2), "Christmas Day (substitute day)"),
                    new BankHoliday(christmas.plusDays(3), "Boxing Day (substitute day)"));
            case SUNDAY -> List.of(new BankHoliday(christmas.plusDays(1), "Boxing Day"),
                    new BankHoliday(christmas.plusDays(2), "Christmas Day (substitute day)"));
            case FRIDAY -> List.of(new BankHoliday(christmas, "Christmas Day"),
                    new BankHoliday(christmas.plusDays(3), "Boxing Day (substitute day)"));
            default -> List.of(new BankHoliday(christmas, "Christmas Day"),
                    new BankHoliday(christmas.plusDays(1), "Boxing Day"));
        };
    }

    private static LocalDate nextWeekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian "computus"). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
