package uk.mhhs.dipclient.schedule;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import uk.mhhs.dipclient.schema.DipClientSchema;
import uk.mhhs.testsupport.RealServers;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The step scheduler on the real database. Each scheduler here is one service instance: its own
 * {@link StepScheduler} over the shared {@code scheduled_step} and {@code daily_run} tables, with a {@code COUNT}
 * step handler that counts its runs per step (and fails for ref {@code "fails"} while {@link #failing} is set) and
 * a daily job that counts its runs per day. Every test starts with no step pending.
 */
@SpringBootTest
@RealServers(database = "dip_client_it")
class StepSchedulerTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);
    private static final SchedulerProperties TICK_OFF = new SchedulerProperties(false, null, null);

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DipClientSchema schema;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StepScheduler configured;
    @Autowired
    StepSchedulerTicker ticker;

    private final Map<String, AtomicInteger> stepRuns = new ConcurrentHashMap<>();
    private final AtomicInteger inStep = new AtomicInteger();
    private final Map<LocalDate, AtomicInteger> dailyRuns = new ConcurrentHashMap<>();
    private final String dailyJobName = "count-" + System.nanoTime();
    private volatile boolean failing = true;

    @BeforeEach
    void nothingPending() {
        jdbc.update("update scheduled_step set status = 'CANCELLED' where status = 'PENDING'");
    }

    @Test
    void a_due_step_runs_once_even_with_three_instances_racing_for_it() throws Exception {
        StepScheduler first = instance();
        for (int i = 1; i <= 12; i++) {
            first.schedule(DUE, "COUNT", null, "step-" + i);
        }
        first.schedule(DUE.plusDays(1), "COUNT", null, "tomorrow");

        ExecutorService pool = Executors.newFixedThreadPool(3);
        int ran = 0;
        try {
            List<Callable<Integer>> instances = List.of(() -> first.runDue(DUE), () -> instance().runDue(DUE),
                    () -> instance().runDue(DUE));
            for (Future<Integer> run : pool.invokeAll(instances)) {
                ran += run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ran).as("steps run over all three instances").isEqualTo(12);
        assertThat(stepRuns).hasSize(12).allSatisfy((ref, runs) -> assertThat(runs.get()).as(ref).isEqualTo(1));
        assertThat(status("tomorrow")).as("not due until 2026-12-16").isEqualTo("PENDING");
        assertThat(status("step-7")).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select outcome from scheduled_step where ref = 'step-7'", String.class))
                .isEqualTo("counted step-7");
    }

    @Test
    void a_failing_step_stays_pending_and_runs_at_the_next_tick_after_the_others() {
        StepScheduler scheduler = instance();
        scheduler.schedule(DUE, "COUNT", null, "fails");
        scheduler.schedule(DUE, "COUNT", null, "succeeds");

        assertThat(scheduler.runDue(DUE)).as("only the one that succeeds").isEqualTo(1);
        assertThat(status("fails")).isEqualTo("PENDING");
        assertThat(status("succeeds")).isEqualTo("DONE");

        failing = false;
        assertThat(scheduler.runDue(DUE.plusDays(1))).isEqualTo(1);
        assertThat(status("fails")).isEqualTo("DONE");
        assertThat(stepRuns.get("fails").get()).as("failed once, then ran").isEqualTo(2);
    }

    @Test
    void a_daily_job_runs_once_a_day_however_many_instances_tick() {
        StepScheduler one = instance();
        StepScheduler other = instance();

        one.runDue(DUE);
        other.runDue(DUE);
        one.runDue(DUE);
        other.runDue(DUE.plusDays(1));

        assertThat(dailyRuns.get(DUE).get()).isEqualTo(1);
        assertThat(dailyRuns.get(DUE.plusDays(1)).get()).isEqualTo(1);
        assertThat(jdbc.queryForList("select outcome from daily_run where job = ? order by run_on", String.class,
                dailyJobName)).containsExactly("counted 2026-12-15", "counted 2026-12-16");
    }

    @Test
    void cancel_takes_back_the_pending_steps_of_a_kind_about_a_ref_and_no_others() {
        StepScheduler scheduler = instance();
        scheduler.schedule(DUE, "COUNT", "2000056535971", "withdrawn");
        scheduler.schedule(DUE.plusDays(3), "COUNT", "2000056535971", "withdrawn");
        scheduler.schedule(DUE, "COUNT", "2000056535971", "kept");

        assertThat(scheduler.cancel("COUNT", "withdrawn")).isEqualTo(2);
        assertThat(scheduler.runDue(DUE.plusDays(3))).isEqualTo(1);

        assertThat(stepRuns).containsOnlyKeys("kept");
        assertThat(jdbc.queryForList("select status from scheduled_step where ref = 'withdrawn'", String.class))
                .containsExactly("CANCELLED", "CANCELLED");
        assertThat(scheduler.cancel("COUNT", "kept")).as("done steps are not cancelled").isZero();
    }

    @Test
    void a_step_of_a_kind_without_a_handler_cannot_be_scheduled() {
        assertThatThrownBy(() -> instance().schedule(DUE, "NO_SUCH_KIND", null, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SUCH_KIND");
    }

    @Test
    void today_is_the_UK_date_of_the_clock() {
        // 23:30 UTC on 1 July is 00:30 BST on 2 July; 23:30 UTC on 1 December is 23:30 GMT, still 1 December
        assertThat(at(Instant.parse("2026-07-01T23:30:00Z")).today()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(at(Instant.parse("2026-12-01T23:30:00Z")).today()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void a_service_without_steps_or_daily_jobs_does_not_tick() {
        assertThat(configured.hasWork()).isFalse();
        assertThat(ticker.isRunning()).isFalse();
        assertThat(new SchedulerProperties(null, null, null))
                .isEqualTo(new SchedulerProperties(true, Duration.ofMinutes(1), java.time.ZoneId.of("Europe/London")));
    }

    private StepScheduler instance() {
        return new StepScheduler(dataSource, transactions, schema, List.of(new CountingStep()),
                List.of(new CountingJob()), Clock.systemUTC(), TICK_OFF);
    }

    private StepScheduler at(Instant now) {
        return new StepScheduler(dataSource, transactions, schema, List.of(), List.of(),
                Clock.fixed(now, ZoneOffset.UTC), new SchedulerProperties(true, null, null));
    }

    private String status(String ref) {
        return jdbc.queryForObject("select status from scheduled_step where ref = ? order by id desc limit 1",
                String.class, ref);
    }

    private final class CountingStep implements StepHandler {

        @Override
        public String kind() {
            return "COUNT";
        }

        @Override
        public String run(ScheduledStep step, LocalDate today) {
            stepRuns.computeIfAbsent(step.ref(), ref -> new AtomicInteger()).incrementAndGet();
            if (failing && step.ref().equals("fails")) {
                throw new IllegalStateException("step fails while the test says so");
            }
            holdClaimUntilAnotherInstanceRuns();
            return "counted " + step.ref();
        }

        /**
         * Keeps this claim open until another instance is inside a step too (or 100 ms have passed: the last step of
         * a run has nobody to wait for), so the instances do overlap while they claim.
         */
        private void holdClaimUntilAnotherInstanceRuns() {
            inStep.incrementAndGet();
            try {
                Awaitility.await().pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2))
                        .atMost(Duration.ofMillis(100)).until(() -> inStep.get() > 1);
            } catch (ConditionTimeoutException alone) {
                // no other instance had a step left to run: nothing to overlap with
            } finally {
                inStep.decrementAndGet();
            }
        }
    }

    private final class CountingJob implements DailyJob {

        @Override
        public String name() {
            return dailyJobName;
        }

        @Override
        public String run(LocalDate today) {
            dailyRuns.computeIfAbsent(today, day -> new AtomicInteger()).incrementAndGet();
            return "counted " + today;
        }
    }
}
