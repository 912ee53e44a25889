package uk.mhhs.vas.reports;

import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.reference.AllocationReference;

/**
 * The reports of a calculated run through the DIP (REP-003, REP-003A, REP-004, REP-006, REP-007), each validated against
 * the spec by the kit's {@code Outbound} and written to the outbox in the caller's transaction, so they go out exactly
 * when the run is published.
 */
public interface RunReports {

    /** @return how many messages were sent */
    int publish(RunContext run, AllocationReference reference);
}
