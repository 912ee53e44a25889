package uk.mhhs.vas.runs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.schedule.SchedulerProperties;
import uk.mhhs.dipclient.schedule.StepScheduler;
import uk.mhhs.dipclient.schema.DipClientSchema;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.time.MutableClockConfiguration;
import uk.mhhs.vas.VasProperties;
import uk.mhhs.vas.it.IsdRows;
import uk.mhhs.vas.it.VasHttp;
import uk.mhhs.vas.reference.IsdReference;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily schedule through the kit's scheduler on the real database, with ISD's timetable (II 1, SF 7 working days
 * after the settlement date; DR listed with 1 but never scheduled) and the August bank holiday (Mon 31 Aug 2026). The
 * runs due are worked out by hand in {@code RunTimetableTest}'s way: the working days in (D, today] equal the type's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mhhs.vas.worker.enabled=false", "mhhs.scheduler.enabled=false",
        "mhhs.vas.operator-token=" + VasHttp.TOKEN})
@RealServers(database = "vas_runs")
@Import(MutableClockConfiguration.class)
class RunScheduleTest {

    private static boolean isdPublished;

    @Autowired
    StepScheduler scheduler;
    @Autowired
    ScheduledRuns job;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DipTopics topics;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DipClientSchema schema;
    @Autowired
    IsdReference isd;
    @Autowired
    RunRequests requests;
    @Autowired
    SchedulerProperties schedulerProperties;

    @BeforeEach
    void timetable() {
        if (!isdPublished) {
            new IsdRows(topics).runType("II", 1).runType("SF", 7).runType("DR", 1)
                    .bankHoliday("2026-08-31", "Summer bank holiday");
            isdPublished = true;
        }
    }

    @Test
    void on_the_wednesday_after_the_bank_holiday_sf_for_three_dates_and_ii_for_one_once_however_often_it_runs() {
        LocalDate today = LocalDate.of(2026, 9, 2);
        MutableClockConfiguration.CLOCK.set(Instant.parse("2026-09-02T09:00:00Z"));

        scheduler.runDue(today);

        // SF+7: (Fri 21 Aug, Wed 2 Sep] = 24, 25, 26, 27, 28 Aug, 1, 2 Sep (31 Aug a holiday) = 7, also for Sat 22 and
        // Sun 23; II+1: (Tue 1, Wed 2] = 1
        List<String> expected = List.of("2026-08-21 SF #1 SCHEDULE REQUESTED", "2026-08-22 SF #1 SCHEDULE REQUESTED",
                "2026-08-23 SF #1 SCHEDULE REQUESTED", "2026-09-01 II #1 SCHEDULE REQUESTED");
        assertThat(scheduledOn(today)).containsExactlyElementsOf(expected);
        assertThat(outcome(today)).isEqualTo("4 runs requested, 4 due");

        scheduler.runDue(today); // the next tick: the day's daily_run row stops it
        assertThat(job.run(today)).isEqualTo("0 runs requested, 4 due"); // past daily_run: scheduled_run stops it
        assertThat(scheduledOn(today)).containsExactlyElementsOf(expected);
        assertThat(runsOf("2026-08-21")).isEqualTo(1);
    }

    @Test
    void on_a_monday_the_weekend_and_friday_fall_due_together_and_not_before_runs_at() {
        LocalDate monday = LocalDate.of(2026, 9, 7);
        MutableClockConfiguration.CLOCK.set(Instant.parse("2026-09-07T03:30:00Z")); // 04:30 BST, before 05:00
        scheduler.runDue(monday);
        assertThat(scheduledOn(monday)).isEmpty();

        MutableClockConfiguration.CLOCK.set(Instant.parse("2026-09-07T04:30:00Z")); // 05:30 BST
        scheduler.runDue(monday);

        // II+1: (Fri 4, Mon 7] = Mon 7 only, likewise for Sat 5 and Sun 6. SF+7: (Wed 26 Aug, Mon 7 Sep] = 27, 28 Aug,
        // 1, 2, 3, 4, 7 Sep = 7 (31 Aug a holiday)
        assertThat(scheduledOn(monday)).containsExactly("2026-08-26 SF #1 SCHEDULE REQUESTED",
                "2026-09-04 II #1 SCHEDULE REQUESTED", "2026-09-05 II #1 SCHEDULE REQUESTED",
                "2026-09-06 II #1 SCHEDULE REQUESTED");
    }

    @Test
    void a_bank_holiday_and_a_saturday_make_nothing_due() {
        MutableClockConfiguration.CLOCK.set(Instant.parse("2026-09-05T09:00:00Z"));
        LocalDate holiday = LocalDate.of(2026, 8, 31);
        LocalDate saturday = LocalDate.of(2026, 9, 5);

        scheduler.runDue(holiday);
        scheduler.runDue(saturday);

        assertThat(outcome(holiday)).isEqualTo("0 runs requested, 0 due");
        assertThat(outcome(saturday)).isEqualTo("0 runs requested, 0 due");
        assertThat(scheduledOn(holiday)).isEmpty();
        assertThat(scheduledOn(saturday)).isEmpty();
    }

    @Test
    void two_schedulers_at_once_request_each_due_run_once() throws Exception {
        LocalDate thursday = LocalDate.of(2026, 9, 3);
        MutableClockConfiguration.CLOCK.set(Instant.parse("2026-09-03T09:00:00Z"));
        StepScheduler other = new StepScheduler(dataSource, transactions, schema, List.of(), List.of(job),
                MutableClockConfiguration.CLOCK, schedulerProperties);
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> await(start, () -> scheduler.runDue(thursday)));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> await(start, () -> other.runDue(thursday)));
        a.get();
        b.get();

        // SF+7: (Mon 24 Aug, Thu 3 Sep] = 25, 26, 27, 28 Aug, 1, 2, 3 Sep = 7; II+1: Wed 2 Sep
        assertThat(scheduledOn(thursday)).containsExactly("2026-08-24 SF #1 SCHEDULE REQUESTED",
                "2026-09-02 II #1 SCHEDULE REQUESTED");
        assertThat(runsOf("2026-08-24")).isEqualTo(1);
    }

    @Test
    void with_the_schedule_disabled_nothing_is_requested() {
        VasProperties disabled = new VasProperties("t", null, false, null, null, null, null, null);
        ScheduledRuns off = new ScheduledRuns(isd, requests, jdbc, disabled);
        LocalDate friday = LocalDate.of(2026, 9, 11);

        assertThat(off.run(friday)).isEqualTo("schedule disabled");
        assertThat(scheduledOn(friday)).isEmpty();
    }

    private static int await(CyclicBarrier barrier, java.util.function.IntSupplier action) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return action.getAsInt();
    }

    private List<String> scheduledOn(LocalDate day) {
        return jdbc.queryForList("""
                select s.settlement_date || ' ' || r.run_type || ' #' || r.run_number || ' ' || r.trigger || ' ' || r.state
                  from scheduled_run s join run r on r.id = s.run_id
                 where s.run_day = ? order by s.settlement_date, s.run_type""", String.class, Date.valueOf(day));
    }

    private String outcome(LocalDate day) {
        return jdbc.queryForObject("select outcome from daily_run where job = 'vas-scheduled-runs' and run_on = ?",
                String.class, Date.valueOf(day));
    }

    private int runsOf(String settlementDate) {
        return jdbc.queryForObject("select count(*) from run where settlement_date = ?::date", Integer.class,
                settlementDate);
    }
}
