package uk.mhhs.vas.runs;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.vas.calculation.VolumeAllocation;
import uk.mhhs.vas.inputs.AggregateGathering;
import uk.mhhs.vas.inputs.GatheredAggregates;
import uk.mhhs.vas.inputs.GspGroupTakes;
import uk.mhhs.vas.inputs.InputException;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.reference.AllocationReference;
import uk.mhhs.vas.reference.IsdReference;
import uk.mhhs.vas.reports.RunReports;

import java.time.Clock;
import java.util.UUID;

/**
 * The two phases of a claimed run. Gathering: the ISD reference as at the settlement date, the latest GSP Group Take
 * version (none: the run fails), MDS's aggregates; then the inputs are recorded and the run is calculating.
 * Calculating, in ONE transaction: the allocation, the reports (into the outbox) and the state PUBLISHED, so results and
 * reports commit together or not at all; a run resumed after its instance died mid-calculation finds nothing of the
 * rolled-back attempt and simply calculates again. The run's own row is locked only at the very end, so heartbeats
 * and progress (their own transactions) go on while the calculation runs.
 */
@Component
class RunExecution {

    private final RunRepository runs;
    private final RunClaims claims;
    private final IsdReference isd;
    private final AggregateGathering gathering;
    private final GspGroupTakes takes;
    private final VolumeAllocation allocation;
    private final RunReports reports;
    private final EntityManager entities;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RunExecution(RunRepository runs, RunClaims claims, IsdReference isd, AggregateGathering gathering,
                 GspGroupTakes takes, VolumeAllocation allocation,
                 RunReports reports, EntityManager entities, JdbcTemplate jdbc,
                 PlatformTransactionManager transactions, Clock clock) {
        this.runs = runs;
        this.claims = claims;
        this.isd = isd;
        this.gathering = gathering;
        this.takes = takes;
        this.allocation = allocation;
        this.reports = reports;
        this.entities = entities;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Gathers and records the inputs of {@code run} (GATHERING, owned by {@code owner}); it is then CALCULATING. */
    void gather(Run run, String owner) {
        AllocationReference reference = isd.allocationReference(run.settlementDate());
        long take = takes.latestVersionId(run.settlementDate()).orElseThrow(() -> new InputException(
                "no GSP Group Take for " + run.settlementDate() + ": upload one"));
        claims.progress(run.id(), owner, "gathering aggregates from MDS");
        GatheredAggregates aggregates = gathering.gather(run.settlementDate(), run.runType());
        transaction.executeWithoutResult(status -> {
            Run current = runs.findById(run.id()).orElseThrow();
            current.startCalculating(owner, aggregates.setId(), take, reference.isdVersion(), clock.instant());
            runs.saveAndFlush(current);
        });
    }

    /** Calculates, reports and publishes the run (CALCULATING, owned by {@code owner}) in one transaction. */
    Run calculate(Run claimed, String owner) {
        UUID id = claimed.id();
        // ISD read before the transaction (none held open while Kafka is read), as at the version recorded at gathering
        int isdVersion = runs.findById(id).map(Run::isdVersion).orElseThrow(() -> new IllegalStateException(
                "run " + id + " is calculating without a recorded ISD version"));
        AllocationReference reference = isd.allocationReference(claimed.settlementDate(), isdVersion);
        return transaction.execute(status -> {
            Run run = runs.findById(id).orElseThrow();
            RunContext context = run.context();
            if (!calculated(id)) {
                allocation.allocate(context, reference, text -> claims.progress(id, owner, text));
            }
            claims.progress(id, owner, "sending reports");
            reports.publish(context, reference);
            // only now the run's row: a cancel or a takeover since the start makes publish() refuse, rolling it all back
            entities.refresh(run, LockModeType.PESSIMISTIC_WRITE);
            run.publish(owner, clock.instant());
            return runs.saveAndFlush(run);
        });
    }

    /** Whether results of the run are already stored (they commit only with PUBLISHED; a guard against doubling). */
    private boolean calculated(UUID id) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from correction_factor where run_id = ?)", Boolean.class, id));
    }
}
