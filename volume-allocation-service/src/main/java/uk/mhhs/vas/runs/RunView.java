package uk.mhhs.vas.runs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A run as the API shows it: identity, state and progress, attempts, recorded inputs, failure and timestamps.
 *
 * @param inputs the inputs recorded once gathered (null before)
 */
public record RunView(UUID id, LocalDate settlementDate, String runType, int runNumber, String state, String trigger,
                      String requestedBy, String reason, int periods, String progress, int attempts, String owner,
                      Instant leaseUntil, Inputs inputs, String failure, Instant requestedAt, Instant startedAt,
                      Instant calculatedAt, Instant finishedAt) {

    /** The inputs a run used: MDS aggregate set, GSP Group Take version, ISD version. */
    public record Inputs(UUID aggregateSetId, Long gspGroupTakeId, Integer isdVersion) {
    }

    static RunView of(Run run) {
        Inputs inputs = run.aggregateSetId() == null ? null
                : new Inputs(run.aggregateSetId(), run.gspGroupTakeId(), run.isdVersion());
        return new RunView(run.id(), run.settlementDate(), run.runType().name(), run.runNumber(), run.state().name(),
                run.trigger().name(), run.requestedBy(), run.reason(), run.periods(), run.progress(), run.attempts(),
                run.owner(), run.leaseUntil(), inputs, run.failure(), run.requestedAt(), run.startedAt(),
                run.calculatedAt(), run.finishedAt());
    }
}
