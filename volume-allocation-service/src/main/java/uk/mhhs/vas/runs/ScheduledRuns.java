package uk.mhhs.vas.runs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.time.WorkingDayCalendar;
import uk.mhhs.dipclient.isd.IsdSnapshot;
import uk.mhhs.dipclient.schedule.DailyJob;
import uk.mhhs.vas.VasProperties;
import uk.mhhs.vas.model.RunType;
import uk.mhhs.vas.reference.IsdReference;
import uk.mhhs.vas.rules.RunTimetable;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The daily schedule, a kit daily job (once a day across instances, through {@code daily_run}) from
 * {@code mhhs.vas.runs-at} UK time: requests each run the timetable makes due today ({@link RunTimetable} over ISD's
 * settlement-run-type, and bank-holiday for England and Wales) with trigger SCHEDULE. A {@code scheduled_run} row per
 * (day, settlement date, run type), written with the run, keeps a second pass of the same day from asking twice.
 * Does nothing while {@code mhhs.vas.schedule-enabled} is false.
 */
@Component
class ScheduledRuns implements DailyJob {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRuns.class);
    static final String REGION = "EAW";

    private final IsdReference isd;
    private final RunRequests requests;
    private final JdbcTemplate jdbc;
    private final VasProperties properties;

    ScheduledRuns(IsdReference isd, RunRequests requests, JdbcTemplate jdbc, VasProperties properties) {
        this.isd = isd;
        this.requests = requests;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "vas-scheduled-runs";
    }

    @Override
    public LocalTime notBefore() {
        return properties.runsAt();
    }

    @Override
    public String run(LocalDate today) {
        if (!properties.scheduleEnabled()) {
            return "schedule disabled";
        }
        isd.refresh();
        Set<LocalDate> holidays = isd.asAt("bank-holiday", today).stream().map(IsdSnapshot::values)
                .filter(v -> REGION.equals(v.path("region").asString()))
                .map(v -> LocalDate.parse(v.path("holiday_date").asString())).collect(Collectors.toSet());
        RunTimetable timetable = new RunTimetable(this::timetableOn, new WorkingDayCalendar(holidays::contains));
        int requested = 0;
        int due = 0;
        for (RunTimetable.Due run : timetable.dueOn(today)) {
            RunType type = RunType.valueOf(run.runType());
            due++;
            if (!type.scheduled() || alreadyRequested(today, run.settlementDate(), type)) {
                continue;
            }
            Run made = requests.request(run.settlementDate(), type, RunTrigger.SCHEDULE, "schedule", null);
            jdbc.update("insert into scheduled_run (run_day, settlement_date, run_type, run_id) values (?, ?, ?, ?)",
                    Date.valueOf(today), Date.valueOf(run.settlementDate()), type.name(), made.id());
            requested++;
            LOG.info("scheduled run {} {} #{} requested on {}", run.settlementDate(), type, made.runNumber(), today);
        }
        return requested + " runs requested, " + due + " due";
    }

    /** The timetable valid on a settlement date: run type → working days after it (types VAS does not know skipped). */
    private Map<String, Integer> timetableOn(LocalDate settlementDate) {
        Map<String, Integer> timetable = new HashMap<>();
        for (IsdSnapshot row : isd.asAt("settlement-run-type", settlementDate)) {
            JsonNode v = row.values();
            String type = v.path("run_type").asString();
            if (known(type) && v.path("working_days_after").isNumber()) {
                timetable.put(type, v.path("working_days_after").asInt());
            }
        }
        return timetable;
    }

    private static boolean known(String type) {
        for (RunType t : RunType.values()) {
            if (t.name().equals(type) && t.scheduled()) {
                return true;
            }
        }
        return false;
    }

    private boolean alreadyRequested(LocalDate today, LocalDate settlementDate, RunType type) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from scheduled_run where run_day = ?"
                        + " and settlement_date = ? and run_type = ?)", Boolean.class, Date.valueOf(today),
                Date.valueOf(settlementDate), type.name()));
    }
}
