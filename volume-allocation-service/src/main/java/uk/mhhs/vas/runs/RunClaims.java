package uk.mhhs.vas.runs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.vas.VasProperties;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How instances share the runs: {@link #claim} takes the oldest requested run, or an active run whose lease ran out
 * (its instance died), with {@code for update skip locked} and a state change under the run's version, so two workers
 * never hold one run; {@link #heartbeat} keeps a lease alive while the owner works. A run claimed once more after its
 * attempts are used up is failed instead. Heartbeats and progress commit on their own, never inside the calculation's
 * transaction, so others see them while it runs.
 */
@Component
public class RunClaims {

    private final RunRepository runs;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final VasProperties.Worker worker;
    private final RunMetrics metrics;

    RunClaims(RunRepository runs, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
              VasProperties properties, RunMetrics metrics) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.worker = properties.worker();
        this.metrics = metrics;
    }

    /**
     * Claims one run for {@code owner}, if there is one to work on.
     *
     * @return the claimed run (GATHERING or CALCULATING, owned by {@code owner}), or empty when there is nothing to do
     */
    public Optional<Run> claim(String owner) {
        while (true) {
            Claim claim = transaction.execute(status -> claimOne(owner));
            if (claim == null) {
                return Optional.empty();
            }
            if (claim.run().state() == RunState.FAILED) {
                metrics.finished(claim.run());
                continue; // attempts used up: failed, look for the next one
            }
            return Optional.of(claim.run());
        }
    }

    private record Claim(Run run) {
    }

    private Claim claimOne(String owner) {
        Instant now = clock.instant();
        List<UUID> ids = jdbc.queryForList("""
                select id from run
                 where state = 'REQUESTED' or (state in ('GATHERING', 'CALCULATING') and lease_until <= ?)
                 order by requested_at, run_number limit 1 for update skip locked""", UUID.class, Timestamp.from(now));
        if (ids.isEmpty()) {
            return null;
        }
        Run run = runs.findById(ids.get(0)).orElseThrow();
        if (run.state().active() && run.attempts() >= worker.maxAttempts()) {
            run.fail("gave up after " + run.attempts() + " attempts; last: " + run.progress(), now);
        } else {
            run.claim(owner, now, now.plus(worker.lease()));
        }
        return new Claim(runs.saveAndFlush(run));
    }

    /** Extends {@code owner}'s lease on the run; false when the run is no longer its own (cancelled, taken over). */
    public boolean heartbeat(UUID id, String owner) {
        Integer updated = ownTransaction.execute(status -> jdbc.update("""
                update run set lease_until = ? where id = ? and owner = ? and state in ('GATHERING', 'CALCULATING')""",
                Timestamp.from(clock.instant().plus(worker.lease())), id, owner));
        return updated != null && updated == 1;
    }

    /** Shows how far the owner got, and extends its lease; false when the run is no longer its own. */
    public boolean progress(UUID id, String owner, String text) {
        String shown = text.length() <= 200 ? text : text.substring(0, 200);
        Integer updated = ownTransaction.execute(status -> jdbc.update("""
                update run set progress = ?, lease_until = ?
                 where id = ? and owner = ? and state in ('GATHERING', 'CALCULATING')""",
                shown, Timestamp.from(clock.instant().plus(worker.lease())), id, owner));
        return updated != null && updated == 1;
    }
}
