package uk.mhhs.vas.inputs;

import uk.mhhs.vas.model.RunType;

import java.time.LocalDate;

/** How a run gets MDS's uncorrected aggregates for its settlement date and run type. */
public interface AggregateGathering {

    /**
     * Asks MDS for a run of {@code (settlementDate, runType)} and stores its aggregates as a new set in
     * {@code aggregate_set}/{@code aggregate}, complete or not at all.
     *
     * @throws InputException when MDS cannot be reached, refuses, or sends something unreadable (the run fails with its
     *                        message and can be retried)
     */
    GatheredAggregates gather(LocalDate settlementDate, RunType runType);
}
