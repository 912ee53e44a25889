package uk.mhhs.vas.runs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.mhhs.vas.model.RunType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run's state machine: the transitions it allows, and those it refuses without changing anything. */
class RunTest {

    private static final Instant T0 = Instant.parse("2026-12-01T05:00:00Z");
    private static final Instant LEASE = T0.plusSeconds(60);
    private static final UUID SET = UUID.randomUUID();

    private static Run run(RunState state) {
        Run run = new Run(LocalDate.of(2026, 11, 20), RunType.SF, 1, RunTrigger.SCHEDULE, "schedule", null, T0);
        switch (state) {
            case REQUESTED -> { }
            case GATHERING -> run.claim("a", T0, LEASE);
            case CALCULATING -> {
                run.claim("a", T0, LEASE);
                run.startCalculating("a", SET, 7, 3, T0);
            }
            case PUBLISHED -> {
                run.claim("a", T0, LEASE);
                run.startCalculating("a", SET, 7, 3, T0);
                run.publish("a", T0);
            }
            case FAILED -> run.fail("no GSP Group Take", T0);
            case CANCELLED -> run.cancel("operator", T0);
        }
        assertThat(run.state()).isEqualTo(state);
        return run;
    }

    @Test
    void a_run_goes_requested_gathering_calculating_published_with_its_inputs_and_times() {
        Run run = run(RunState.REQUESTED);
        // 20 Nov 2026 is an ordinary GMT day: 48 periods
        assertThat(run.periods()).isEqualTo(48);
        run.claim("a", T0, LEASE);
        assertThat(run.state()).isEqualTo(RunState.GATHERING);
        assertThat(run.owner()).isEqualTo("a");
        assertThat(run.attempts()).isEqualTo(1);
        assertThat(run.startedAt()).isEqualTo(T0);
        run.startCalculating("a", SET, 7, 3, T0.plusSeconds(5));
        assertThat(run.context().aggregateSetId()).isEqualTo(SET);
        assertThat(run.context().gspGroupTakeId()).isEqualTo(7);
        assertThat(run.context().executedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(run.isdVersion()).isEqualTo(3);
        run.publish("a", T0.plusSeconds(9));
        assertThat(run.state()).isEqualTo(RunState.PUBLISHED);
        assertThat(run.finishedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(run.owner()).isNull();
        assertThat(run.leaseUntil()).isNull();
    }

    @Test
    void spring_and_autumn_clock_change_days_have_46_and_50_periods() {
        assertThat(new Run(LocalDate.of(2026, 3, 29), RunType.II, 1, RunTrigger.OPERATOR, "o", null, T0).periods())
                .isEqualTo(46);
        assertThat(new Run(LocalDate.of(2026, 10, 25), RunType.II, 1, RunTrigger.OPERATOR, "o", null, T0).periods())
                .isEqualTo(50);
    }

    @ParameterizedTest(name = "{1} from {0}: {2}")
    @CsvSource({
            // from,      action,            allowed
            "REQUESTED,   claim,             true",
            "GATHERING,   claim,             false", // lease still running
            "CALCULATING, claim,             false",
            "PUBLISHED,   claim,             false",
            "FAILED,      claim,             false",
            "CANCELLED,   claim,             false",
            "REQUESTED,   startCalculating,  false",
            "GATHERING,   startCalculating,  true",
            "CALCULATING, startCalculating,  false",
            "GATHERING,   publish,           false",
            "CALCULATING, publish,           true",
            "PUBLISHED,   publish,           false",
            "CANCELLED,   publish,           false",
            "REQUESTED,   cancel,            true",
            "GATHERING,   cancel,            true",
            "CALCULATING, cancel,            true",
            "PUBLISHED,   cancel,            false",
            "FAILED,      cancel,            false",
            "CANCELLED,   cancel,            false",
            "REQUESTED,   retry,             false",
            "CALCULATING, retry,             false",
            "PUBLISHED,   retry,             false",
            "FAILED,      retry,             true",
            "CANCELLED,   retry,             false",
            "GATHERING,   fail,              true",
            "CALCULATING, fail,              true",
            "PUBLISHED,   fail,              false",
            "CANCELLED,   fail,              false",
    })
    void transitions(RunState from, String action, boolean allowed) {
        Run run = run(from);
        Consumer<Run> step = switch (action) {
            case "claim" -> r -> r.claim("b", T0.plusSeconds(1), LEASE.plusSeconds(1));
            case "startCalculating" -> r -> r.startCalculating("a", SET, 7, 3, T0);
            case "publish" -> r -> r.publish("a", T0);
            case "cancel" -> r -> r.cancel("operator", T0);
            case "retry" -> r -> r.retry("operator", T0);
            case "fail" -> r -> r.fail("broken", T0);
            default -> throw new IllegalArgumentException(action);
        };
        if (allowed) {
            step.accept(run);
            assertThat(run.state()).isNotEqualTo(from);
        } else {
            String progress = run.progress();
            assertThatThrownBy(() -> step.accept(run)).isInstanceOf(IllegalRunTransition.class)
                    .hasMessageStartingWith("cannot ");
            assertThat(run.state()).isEqualTo(from);
            assertThat(run.progress()).isEqualTo(progress);
        }
    }

    @Test
    void a_run_whose_lease_ran_out_is_resumed_where_it_was_by_another_owner_and_the_old_owner_cannot_go_on() {
        Run run = run(RunState.CALCULATING);
        Instant later = LEASE.plus(Duration.ofSeconds(1));
        run.claim("b", later, later.plusSeconds(60));
        assertThat(run.state()).isEqualTo(RunState.CALCULATING);
        assertThat(run.owner()).isEqualTo("b");
        assertThat(run.attempts()).isEqualTo(2);
        assertThatThrownBy(() -> run.publish("a", later)).isInstanceOf(IllegalRunTransition.class)
                .hasMessageContaining("worked on by b");
        run.publish("b", later);
        assertThat(run.state()).isEqualTo(RunState.PUBLISHED);
    }

    @Test
    void a_retried_run_is_requested_again_with_no_attempts_and_no_inputs() {
        Run run = run(RunState.CALCULATING);
        run.fail("class 999 unknown", T0);
        assertThat(run.failure()).isEqualTo("class 999 unknown");
        run.retry("operator", T0);
        assertThat(run.state()).isEqualTo(RunState.REQUESTED);
        assertThat(run.attempts()).isZero();
        assertThat(run.aggregateSetId()).isNull();
        assertThat(run.failure()).isNull();
        assertThat(run.progress()).contains("class 999 unknown");
    }

    @Test
    void an_attempt_that_ends_in_an_error_frees_the_run_for_the_next_claim() {
        Run run = run(RunState.GATHERING);
        run.release("a", "attempt 1 failed: timeout", T0.plusSeconds(3));
        assertThat(run.owner()).isNull();
        run.claim("b", T0.plusSeconds(3), T0.plusSeconds(63));
        assertThat(run.state()).isEqualTo(RunState.GATHERING);
        assertThat(run.attempts()).isEqualTo(2);
    }
}
