package uk.mhhs.vas.runs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.time.MutableClockConfiguration;
import uk.mhhs.vas.it.VasHttp;
import uk.mhhs.vas.model.RunType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operators' runs API on the real database: tokens, validation, numbering of re-runs, cancel and retry. The worker
 * is off, so runs stay where the test puts them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mhhs.vas.worker.enabled=false", "mhhs.scheduler.enabled=false",
        "mhhs.vas.operator-token=" + VasHttp.TOKEN})
@RealServers(database = "vas_runs")
@Import(MutableClockConfiguration.class)
class RunApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunRequests requests;
    @Autowired
    RunRepository runs;

    VasHttp vas;

    @BeforeEach
    void setUp() {
        vas = VasHttp.onPort(port);
    }

    @Test
    void a_request_is_accepted_as_requested_and_a_rerun_of_the_date_and_type_gets_the_next_number() {
        VasHttp.Answer first = vas.request("2026-10-25", "SF", null);
        assertThat(first.status()).isEqualTo(202);
        RunView run = first.run();
        assertThat(run.state()).isEqualTo("REQUESTED");
        assertThat(run.trigger()).isEqualTo("OPERATOR");
        assertThat(run.runNumber()).isEqualTo(1);
        // the autumn clock change: 50 periods
        assertThat(run.periods()).isEqualTo(50);
        assertThat(run.inputs()).isNull();

        RunView rerun = vas.request("2026-10-25", "SF", "meter data corrected").run();
        assertThat(rerun.runNumber()).isEqualTo(2);
        assertThat(rerun.reason()).isEqualTo("meter data corrected");
        // another type of the same date starts at 1
        assertThat(vas.request("2026-10-25", "R1", null).run().runNumber()).isEqualTo(1);

        assertThat(vas.runsOf("2026-10-25")).extracting(r -> r.runType() + "#" + r.runNumber())
                .containsExactly("R1#1", "SF#1", "SF#2");
        assertThat(vas.run(run.id()).id()).isEqualTo(run.id());
    }

    @Test
    void requests_at_once_for_one_date_and_type_get_numbers_1_to_n_none_twice() {
        // the schedule and operators on several instances: 8 requests at the same moment
        CyclicBarrier start = new CyclicBarrier(8);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Integer>> numbers = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return requests.request(LocalDate.of(2026, 10, 30), RunType.RF, RunTrigger.OPERATOR, "o", null)
                            .runNumber();
                }, threads)).toList();

        assertThat(numbers.stream().map(CompletableFuture::join).sorted().toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        threads.shutdown();
    }

    @Test
    void operator_calls_without_the_right_token_are_refused_with_401_and_change_nothing() {
        String body = "{\"settlementDate\":\"2026-10-26\",\"runType\":\"SF\"}";
        VasHttp.Answer none = vas.post("/vas/v1/runs", body, null);
        VasHttp.Answer wrong = vas.post("/vas/v1/runs", body, "not-the-token");
        assertThat(none.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(none.error()).contains("X-VAS-Operator-Token");
        assertThat(vas.runsOf("2026-10-26")).isEmpty();

        RunView run = vas.request("2026-10-26", "SF", null).run();
        assertThat(vas.post("/vas/v1/runs/" + run.id() + "/cancel", null, "wrong").status()).isEqualTo(401);
        assertThat(vas.run(run.id()).state()).isEqualTo("REQUESTED");
    }

    @Test
    void a_bad_date_type_or_body_is_a_400_with_a_clear_message_and_a_dr_needs_a_reason() {
        VasHttp.Answer date = vas.request("2026-02-30", "SF", null);
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.error()).isEqualTo("settlementDate is not a date (yyyy-MM-dd): 2026-02-30");
        VasHttp.Answer type = vas.request("2026-10-27", "XX", null);
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.error()).isEqualTo("runType must be one of [II, SF, R1, R2, R3, RF, DF, DR]: XX");
        VasHttp.Answer dr = vas.request("2026-10-27", "DR", null);
        assertThat(dr.status()).isEqualTo(400);
        assertThat(dr.error()).isEqualTo("a dispute run (DR) needs a reason");
        assertThat(vas.post("/vas/v1/runs", "not json", VasHttp.TOKEN).status()).isEqualTo(400);
        assertThat(vas.get("/vas/v1/runs?settlementDate=yesterday").status()).isEqualTo(400);
        VasHttp.Answer noDate = vas.get("/vas/v1/runs");
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.error()).isEqualTo("settlementDate is required");
        assertThat(vas.runsOf("2026-10-27")).isEmpty();

        VasHttp.Answer disputed = vas.request("2026-10-27", "DR", "dispute D-17");
        assertThat(disputed.status()).isEqualTo(202);
        assertThat(disputed.run().reason()).isEqualTo("dispute D-17");
    }

    @Test
    void an_unknown_run_is_a_404() {
        UUID unknown = UUID.randomUUID();
        VasHttp.Answer answer = vas.get("/vas/v1/runs/" + unknown);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.error()).isEqualTo("no run " + unknown);
        assertThat(vas.post("/vas/v1/runs/" + unknown + "/cancel", null, VasHttp.TOKEN).status()).isEqualTo(404);
        assertThat(vas.get("/vas/v1/runs/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void cancel_before_publishing_retry_only_a_failed_run_and_409_otherwise() {
        RunView run = vas.request("2026-10-28", "II", null).run();
        VasHttp.Answer retry = vas.post("/vas/v1/runs/" + run.id() + "/retry", null, VasHttp.TOKEN);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.error()).contains("only a FAILED run can be retried");

        VasHttp.Answer cancel = vas.post("/vas/v1/runs/" + run.id() + "/cancel", null, VasHttp.TOKEN);
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.run().state()).isEqualTo("CANCELLED");
        assertThat(cancel.run().finishedAt()).isNotNull();
        VasHttp.Answer again = vas.post("/vas/v1/runs/" + run.id() + "/cancel", null, VasHttp.TOKEN);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).contains("only a run not yet published, failed or cancelled can be cancelled");

        // a failed run (as a worker leaves it) is requested again by a retry
        RunView failed = vas.request("2026-10-28", "II", null).run();
        jdbc.update("update run set state = 'FAILED', failure = 'no GSP Group Take for 2026-10-28: upload one',"
                + " attempts = 1, finished_at = now() where id = ?", failed.id());
        VasHttp.Answer retried = vas.post("/vas/v1/runs/" + failed.id() + "/retry", null, VasHttp.TOKEN);
        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.run().state()).isEqualTo("REQUESTED");
        assertThat(retried.run().attempts()).isZero();
        assertThat(retried.run().failure()).isNull();
        assertThat(retried.run().progress()).contains("no GSP Group Take for 2026-10-28");
    }

    @Test
    void a_run_changed_by_someone_else_since_it_was_read_is_not_overwritten() {
        RunView run = vas.request("2026-10-29", "II", null).run();
        Run stale = requests.find(run.id());
        // another operator cancels it meanwhile (version 0 → 1)
        requests.cancel(run.id(), "another operator");
        stale.cancel("operator", Instant.now());
        assertThatThrownBy(() -> runs.saveAndFlush(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(vas.run(run.id()).progress()).isEqualTo("cancelled by another operator");
    }
}
