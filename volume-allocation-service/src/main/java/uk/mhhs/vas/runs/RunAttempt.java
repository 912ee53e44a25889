package uk.mhhs.vas.runs;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.vas.VasProperties;
import uk.mhhs.vas.calculation.AllocationException;
import uk.mhhs.vas.inputs.InputException;
import uk.mhhs.vas.metrics.CorrectionFactorMetrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One attempt at a claimed run: its lease kept alive by a heartbeat while the phases run ({@link RunExecution}), timed
 * and counted; a published run's correction factors become gauges ({@link CorrectionFactorMetrics}). Inputs that
 * cannot be had or allocated fail the run with their message at once; an unexpected error ends the attempt (the lease
 * runs out now, so the next claim tries again) until the attempts are used up, then fails it. A run cancelled or taken
 * over meanwhile is left as it is.
 */
@Component
class RunAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(RunAttempt.class);

    private final RunExecution execution;
    private final RunClaims claims;
    private final RunRepository runs;
    private final RunMetrics metrics;
    private final CorrectionFactorMetrics correctionFactors;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final VasProperties.Worker settings;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "vas-run-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    RunAttempt(RunExecution execution, RunClaims claims, RunRepository runs, RunMetrics metrics,
               CorrectionFactorMetrics correctionFactors, PlatformTransactionManager transactions, Clock clock,
               VasProperties properties) {
        this.execution = execution;
        this.claims = claims;
        this.runs = runs;
        this.metrics = metrics;
        this.correctionFactors = correctionFactors;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.settings = properties.worker();
    }

    @PreDestroy
    void close() {
        heartbeats.shutdownNow();
    }

    void work(Run run, String owner) {
        long beat = Math.max(100, settings.lease().toMillis() / 3);
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> beat(run.id(), owner), beat, beat,
                TimeUnit.MILLISECONDS);
        try {
            if (run.state() == RunState.GATHERING) {
                Instant start = Instant.now();
                execution.gather(run, owner);
                metrics.phase("gathering", run, Duration.between(start, Instant.now()));
            }
            Instant start = Instant.now();
            Run published = execution.calculate(run, owner);
            metrics.phase("calculating", run, Duration.between(start, Instant.now()));
            metrics.finished(published);
            showCorrectionFactors(published);
            LOG.info("{} published", published.id());
        } catch (InputException | AllocationException e) {
            end(run.id(), owner, e.getMessage(), true);
        } catch (IllegalRunTransition | OptimisticLockingFailureException e) {
            LOG.info("run {} was cancelled or taken over while {} worked on it: {}", run.id(), owner, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("attempt {} at run {} failed", run.attempts(), run.id(), e);
            end(run.id(), owner, e.toString(), false);
        } finally {
            heartbeat.cancel(false);
        }
    }

    /** The published factors as gauges; a metrics failure is logged, never the run's. */
    private void showCorrectionFactors(Run published) {
        try {
            correctionFactors.published(published.context());
        } catch (RuntimeException e) {
            LOG.warn("correction factor gauges of run {} not updated", published.id(), e);
        }
    }

    private void beat(UUID id, String owner) {
        try {
            if (!claims.heartbeat(id, owner)) {
                LOG.info("run {} is no longer {}'s", id, owner);
            }
        } catch (RuntimeException e) {
            LOG.warn("heartbeat of run {} failed", id, e);
        }
    }

    /** Fails the run ({@code final} or attempts used up) or ends the attempt, if it is still this owner's. */
    private void end(UUID id, String owner, String reason, boolean fatal) {
        Run ended = transaction.execute(status -> {
            Run run = runs.findById(id).orElseThrow();
            if (!run.state().active() || !owner.equals(run.owner())) {
                return null;
            }
            if (fatal || run.attempts() >= settings.maxAttempts()) {
                run.fail(fatal ? reason : "failed after " + run.attempts() + " attempts: " + reason, clock.instant());
            } else {
                run.release(owner, "attempt " + run.attempts() + " failed: " + reason, clock.instant());
            }
            return runs.saveAndFlush(run);
        });
        if (ended != null && ended.state() == RunState.FAILED) {
            metrics.finished(ended);
        }
    }
}
