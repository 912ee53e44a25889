package uk.mhhs.vas.runs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.mhhs.vas.model.RunType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Asks for runs and moves them on operators' behalf. A run's number is the next after the highest of its (settlement
 * date, run type), taken under a transaction-scoped advisory lock on the pair, so two requests at once (two instances,
 * the schedule and an operator) get different numbers rather than one failing on the unique key.
 */
@Service
public class RunRequests {

    private final RunRepository runs;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RunMetrics metrics;

    RunRequests(RunRepository runs, JdbcTemplate jdbc, Clock clock, RunMetrics metrics) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * A new run in REQUESTED, numbered after the runs of its date and type, in the caller's transaction or its own.
     *
     * @throws IllegalArgumentException a dispute run (DR) without a reason
     */
    @Transactional
    public Run request(LocalDate settlementDate, RunType runType, RunTrigger trigger, String requestedBy,
                       String reason) {
        if (runType == RunType.DR && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a dispute run (DR) needs a reason");
        }
        if (runType == RunType.DR && trigger == RunTrigger.SCHEDULE) {
            throw new IllegalArgumentException("dispute runs (DR) are never scheduled");
        }
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))", Object.class,
                "vas.run:" + settlementDate + ":" + runType);
        int number = runs.lastRunNumber(settlementDate, runType) + 1;
        return runs.saveAndFlush(new Run(settlementDate, runType, number, trigger, requestedBy,
                reason == null || reason.isBlank() ? null : reason.strip(), clock.instant()));
    }

    /** Cancels a run not yet published (optimistically: a concurrent change makes this fail, changing nothing). */
    @Transactional
    public Run cancel(UUID id, String by) {
        Run run = find(id);
        run.cancel(by, clock.instant());
        Run saved = runs.saveAndFlush(run);
        metrics.finished(saved);
        return saved;
    }

    /** Puts a failed run back to REQUESTED. */
    @Transactional
    public Run retry(UUID id, String by) {
        Run run = find(id);
        run.retry(by, clock.instant());
        return runs.saveAndFlush(run);
    }

    /** @throws NoSuchElementException when there is no run {@code id} */
    @Transactional(readOnly = true)
    public Run find(UUID id) {
        return runs.findById(id).orElseThrow(() -> new NoSuchElementException("no run " + id));
    }
}
