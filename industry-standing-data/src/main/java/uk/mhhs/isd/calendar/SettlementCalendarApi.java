package uk.mhhs.isd.calendar;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.common.time.FixedHolidayCalendar;
import uk.mhhs.common.time.WorkingDayCalendar;
import uk.mhhs.isd.catalogue.EntityRow;
import uk.mhhs.isd.versions.EntityRows;
import uk.mhhs.isd.versions.Versions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /isd/v1/calendar/run-dates?settlementDate=}: the date each run type falls on for a settlement
 * date, from the run timetable as at that settlement date and the England and Wales bank holidays.
 */
@RestController
class SettlementCalendarApi {

    private final EntityRows rows;
    private final Versions versions;
    private final Clock clock;

    SettlementCalendarApi(EntityRows rows, Versions versions, Clock clock) {
        this.rows = rows;
        this.versions = versions;
        this.clock = clock;
    }

    @GetMapping("/isd/v1/calendar/run-dates")
    Map<String, String> runDates(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate settlementDate) {
        int version = versions.effectiveOn(LocalDate.now(clock)).orElse(0);
        Set<LocalDate> holidays = rows.asAt(CalendarEntities.BANK_HOLIDAY, settlementDate, version,
                        Map.of("region", "EAW")).stream()
                .map(r -> (LocalDate) r.values().get("holiday_date")).collect(Collectors.toSet());
        // holidays are open-ended rows, so as at any date every listed holiday is known
        WorkingDayCalendar workingDays = new WorkingDayCalendar(new FixedHolidayCalendar(holidays));
        Map<String, String> dates = new LinkedHashMap<>();
        for (EntityRow run : rows.asAt(CalendarEntities.SETTLEMENT_RUN_TYPE, settlementDate, version, Map.of())) {
            dates.put((String) run.values().get("run_type"), workingDays.addWorkingDays(settlementDate,
                    (Integer) run.values().get("working_days_after")).toString());
        }
        return dates;
    }
}
