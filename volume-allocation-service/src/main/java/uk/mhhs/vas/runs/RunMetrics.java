package uk.mhhs.vas.runs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The runs' meters: {@code vas.runs} (gauge, runs by {@code state}, read from the table so every instance reports
 * the same), {@code vas.run.phase} (timer by {@code phase} gathering/calculating and {@code run_type}) and
 * {@code vas.runs.finished} (counter by {@code outcome} published/failed/cancelled, each registered at zero on
 * start-up so the failed-run alert reads 0 before the first failure) and {@code vas.run.oldest.unfinished.age}
 * (gauge, seconds since the oldest run not yet over was requested, 0 when none is: a run late to publish).
 */
@Component
public class RunMetrics {

    private final MeterRegistry registry;

    RunMetrics(MeterRegistry registry, RunRepository runs, Clock clock) {
        this.registry = registry;
        for (RunState state : RunState.values()) {
            Gauge.builder("vas.runs", runs, r -> r.countInState(state))
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .description("volume allocation runs by state").register(registry);
        }
        for (RunState state : RunState.values()) {
            if (state.finished()) {
                finishedCounter(state);
            }
        }
        Gauge.builder("vas.run.oldest.unfinished.age", runs, r -> oldestUnfinishedAgeSeconds(r, clock))
                .baseUnit("seconds").description("how long the oldest run not yet over has waited since its request")
                .register(registry);
    }

    /** Records how long a phase of a run took. */
    public void phase(String phase, Run run, Duration took) {
        Timer.builder("vas.run.phase").tag("phase", phase).tag("run_type", run.runType().name())
                .description("time a run spends gathering its inputs and calculating").register(registry)
                .record(took);
    }

    /** Counts a run that ended (published, failed or cancelled). */
    public void finished(Run run) {
        finishedCounter(run.state()).increment();
    }

    private Counter finishedCounter(RunState state) {
        return Counter.builder("vas.runs.finished").tag("outcome", state.name().toLowerCase(Locale.ROOT))
                .description("runs that ended, by outcome").register(registry);
    }

    private static double oldestUnfinishedAgeSeconds(RunRepository runs, Clock clock) {
        Instant requested = runs.oldestUnfinishedRequestedAt();
        return requested == null ? 0 : Math.max(0, Duration.between(requested, clock.instant()).toMillis() / 1000.0);
    }
}
