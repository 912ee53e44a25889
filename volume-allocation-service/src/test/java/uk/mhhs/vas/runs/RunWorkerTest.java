package uk.mhhs.vas.runs;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.time.MutableClockConfiguration;
import uk.mhhs.vas.VasProperties;
import uk.mhhs.vas.calculation.AllocationException;
import uk.mhhs.vas.it.IsdRows;
import uk.mhhs.vas.model.RunType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The run worker on the real database with stand-ins for gathering, calculation and reports ({@link RunStandIns}):
 * phases and recorded inputs, failures, attempts, claims raced by two workers, heartbeats, and resuming a run whose
 * instance died. The worker's own loop is off; the tests call {@link RunWorker#workOnce()}. Leases are 3 s by the
 * test clock, which only moves when a test moves it.
 */
@SpringBootTest(properties = {"mhhs.vas.worker.enabled=false", "mhhs.scheduler.enabled=false",
        "mhhs.vas.worker.lease=PT3S", "mhhs.vas.worker.max-attempts=3"})
@RealServers(database = "vas_runs_worker")
@Import({MutableClockConfiguration.class, RunStandIns.class})
class RunWorkerTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 2);
    private static boolean isdPublished;

    @Autowired
    RunWorker worker;
    @Autowired
    RunClaims claims;
    @Autowired
    RunAttempt attempt;
    @Autowired
    RunRequests requests;
    @Autowired
    RunRepository runs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunStandIns.Script script;
    @Autowired
    VasProperties properties;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DipTopics topics;

    @BeforeEach
    void setUp() {
        if (!isdPublished) {
            new IsdRows(topics).workedExample();
            isdPublished = true;
        }
        MutableClockConfiguration.CLOCK.set(Instant.parse("2026-12-01T06:00:00Z"));
        script.reset();
        // each test starts with no run to claim
        jdbc.update("update run set state = 'CANCELLED', owner = null, lease_until = null"
                + " where state in ('REQUESTED', 'GATHERING', 'CALCULATING')");
    }

    @Test
    void a_requested_run_is_gathered_recorded_calculated_reported_and_published() {
        double published = finished("published");
        Run run = request(RunType.SF);

        assertThat(worker.workOnce()).isTrue();

        Run done = runs.findById(run.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(RunState.PUBLISHED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.aggregateSetId()).isEqualTo(script.aggregateSet);
        assertThat(done.gspGroupTakeId()).isEqualTo(41L);
        // the worked example's ISD rows are all version 1
        assertThat(done.isdVersion()).isEqualTo(1);
        assertThat(done.startedAt()).isNotNull();
        assertThat(done.calculatedAt()).isNotNull();
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.owner()).isNull();
        assertThat(script.gathered).containsExactly(DATE + " SF");
        assertThat(script.allocated).containsExactly(run.id());
        assertThat(script.reported).containsExactly(run.id());
        assertThat(finished("published")).isEqualTo(published + 1);
        assertThat(meters.get("vas.run.phase").tag("phase", "gathering").tag("run_type", "SF").timer().count())
                .isPositive();
        assertThat(meters.get("vas.run.phase").tag("phase", "calculating").tag("run_type", "SF").timer().count())
                .isPositive();
        assertThat(meters.get("vas.runs").tag("state", "published").gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(worker.workOnce()).isFalse();
    }

    @Test
    void the_oldest_unfinished_run_shows_how_long_it_has_waited_and_zero_once_none_waits() {
        request(RunType.SF); // at 06:00:00 of the test clock; setUp left no other run unfinished
        MutableClockConfiguration.CLOCK.set(Instant.parse("2026-12-01T08:30:00Z"));
        // 2 h 30 min after its request = 9,000 s: beyond the 2 h of alert MhhsVasRunLate
        assertThat(meters.get("vas.run.oldest.unfinished.age").gauge().value()).isEqualTo(9000.0);

        assertThat(worker.workOnce()).isTrue(); // published

        assertThat(meters.get("vas.run.oldest.unfinished.age").gauge().value()).isZero();
        // the failed-run alert's series exists before any run failed (registered at zero on start-up)
        assertThat(meters.find("vas.runs.finished").tag("outcome", "failed").counter()).isNotNull();
    }

    @Test
    void without_a_gsp_group_take_the_run_fails_with_the_reason_and_mds_is_not_asked() {
        script.gspGroupTake = Optional.empty();
        Run run = request(RunType.II);

        worker.workOnce();

        Run failed = runs.findById(run.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(RunState.FAILED);
        assertThat(failed.failure()).isEqualTo("no GSP Group Take for 2026-11-02: upload one");
        assertThat(script.gathered).isEmpty();
    }

    @Test
    void an_allocation_exception_fails_the_run_at_once_and_nothing_it_wrote_stays() {
        script.allocateError = new AllocationException("class 999 is not in ISD on 2026-11-02");
        Run run = request(RunType.R1);

        worker.workOnce();

        Run failed = runs.findById(run.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(RunState.FAILED);
        assertThat(failed.failure()).isEqualTo("class 999 is not in ISD on 2026-11-02");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(script.reported).isEmpty();
        assertThat(results(run.id())).isZero();
    }

    @Test
    void an_unexpected_error_is_tried_again_until_the_attempts_are_used_up_then_the_run_fails() {
        script.gatherError = new IllegalStateException("MDS connection reset");
        Run run = request(RunType.R2);

        worker.workOnce();
        Run afterOne = runs.findById(run.id()).orElseThrow();
        assertThat(afterOne.state()).isEqualTo(RunState.GATHERING);
        assertThat(afterOne.owner()).isNull();
        assertThat(afterOne.progress()).isEqualTo("attempt 1 failed: java.lang.IllegalStateException: MDS connection reset");

        worker.workOnce();
        worker.workOnce();

        Run failed = runs.findById(run.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(RunState.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.failure()).isEqualTo("failed after 3 attempts: java.lang.IllegalStateException: MDS connection"
                + " reset");
        assertThat(script.gathered).hasSize(3);
    }

    @Test
    void a_cancelled_run_is_never_started() {
        Run run = request(RunType.R3);
        requests.cancel(run.id(), "operator");

        assertThat(worker.workOnce()).isFalse();

        assertThat(runs.findById(run.id()).orElseThrow().state()).isEqualTo(RunState.CANCELLED);
        assertThat(script.gathered).isEmpty();
    }

    @Test
    void a_run_cancelled_while_calculating_is_not_published_and_its_results_and_reports_roll_back() {
        script.insideAllocate = context -> CompletableFuture.runAsync(
                () -> requests.cancel(context.runId(), "operator")).join();
        Run run = request(RunType.RF);

        worker.workOnce();

        Run cancelled = runs.findById(run.id()).orElseThrow();
        assertThat(cancelled.state()).isEqualTo(RunState.CANCELLED);
        assertThat(script.allocated).containsExactly(run.id());
        assertThat(results(run.id())).isZero();
    }

    @Test
    void two_workers_racing_for_one_run_one_owns_it_and_its_heartbeat_keeps_the_other_out() throws Exception {
        RunWorker other = new RunWorker(claims, attempt, properties);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        script.insideAllocate = context -> {
            inside.countDown();
            awaitLatch(release);
        };
        Run run = request(RunType.DF);
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> race(start, worker));
        CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(() -> race(start, other));
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

        // one of them is inside the calculation; the other found nothing to claim
        Run working = runs.findById(run.id()).orElseThrow();
        assertThat(working.state()).isEqualTo(RunState.CALCULATING);
        assertThat(working.owner()).isIn(worker.owner(), other.owner());
        assertThat(working.progress()).isEqualTo("calculated 1/1 GSP groups"); // visible while it calculates
        RunWorker idle = working.owner().equals(worker.owner()) ? other : worker;
        CompletableFuture<Boolean> loser = working.owner().equals(worker.owner()) ? b : a;
        assertThat(loser.get(30, TimeUnit.SECONDS)).isFalse();

        // 10 s later by the clock the 3 s lease would have run out, but the heartbeat (every 1 s) renews it
        MutableClockConfiguration.CLOCK.advance(Duration.ofSeconds(10));
        Instant now = MutableClockConfiguration.CLOCK.instant();
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.findById(run.id()).orElseThrow().leaseUntil()
                .isAfter(now));
        assertThat(idle.workOnce()).isFalse();

        release.countDown();
        CompletableFuture.allOf(a, b).get(30, TimeUnit.SECONDS);
        Run done = runs.findById(run.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(RunState.PUBLISHED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(script.gathered).hasSize(1);
        assertThat(script.allocated).containsExactly(run.id());
        assertThat(results(run.id())).isEqualTo(1);
    }

    @Test
    void a_run_whose_instance_died_is_resumed_where_it_was_once_its_lease_runs_out() {
        Run calculating = request(RunType.SF);
        Run gathering = request(RunType.II);
        Instant now = MutableClockConfiguration.CLOCK.instant();
        dead(calculating.id(), "CALCULATING", now.plusSeconds(2), 1);
        dead(gathering.id(), "GATHERING", now.plusSeconds(2), 1);

        // the leases still run: nothing to claim
        assertThat(worker.workOnce()).isFalse();

        MutableClockConfiguration.CLOCK.advance(Duration.ofSeconds(3));
        assertThat(worker.workOnce()).isTrue();
        assertThat(worker.workOnce()).isTrue();

        Run resumed = runs.findById(calculating.id()).orElseThrow();
        assertThat(resumed.state()).isEqualTo(RunState.PUBLISHED);
        assertThat(resumed.attempts()).isEqualTo(2);
        // resumed at calculating: its recorded inputs are used, MDS is not asked again
        assertThat(resumed.aggregateSetId()).isEqualTo(UUID.fromString("00000000-0000-0000-0000-000000000001"));
        assertThat(script.gathered).containsExactly(DATE + " II");
        assertThat(runs.findById(gathering.id()).orElseThrow().state()).isEqualTo(RunState.PUBLISHED);
        assertThat(results(calculating.id())).isEqualTo(1);
    }

    @Test
    void a_run_whose_instance_died_with_its_attempts_used_up_fails_instead_of_staying_calculating() {
        Run run = request(RunType.SF);
        dead(run.id(), "CALCULATING", MutableClockConfiguration.CLOCK.instant().minusSeconds(1), 3);

        assertThat(worker.workOnce()).isFalse();

        Run failed = runs.findById(run.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(RunState.FAILED);
        assertThat(failed.failure()).isEqualTo("gave up after 3 attempts; last: calculating (attempt 3, dead)");
        assertThat(script.allocated).isEmpty();
    }

    private Run request(RunType type) {
        return requests.request(DATE, type, RunTrigger.OPERATOR, "test", null);
    }

    /** As a dead instance left it: in {@code state}, owned by "dead", with inputs recorded for CALCULATING. */
    private void dead(UUID id, String state, Instant leaseUntil, int attempts) {
        boolean calculating = state.equals("CALCULATING");
        jdbc.update("""
                update run set state = ?, owner = 'dead', lease_until = ?, attempts = ?, started_at = now(),
                       progress = ?, aggregate_set_id = ?, gsp_group_take_id = ?, isd_version = ?, calculated_at = ?
                 where id = ?""", state, java.sql.Timestamp.from(leaseUntil), attempts,
                (calculating ? "calculating" : "gathering inputs") + " (attempt " + attempts + ", dead)",
                calculating ? UUID.fromString("00000000-0000-0000-0000-000000000001") : null,
                calculating ? 41L : null, calculating ? 1 : null,
                calculating ? java.sql.Timestamp.from(Instant.now()) : null, id);
    }

    private int results(UUID id) {
        return jdbc.queryForObject("select count(*) from correction_factor where run_id = ?", Integer.class, id);
    }

    private double finished(String outcome) {
        var counter = meters.find("vas.runs.finished").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static boolean race(CyclicBarrier start, RunWorker worker) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return worker.workOnce();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
