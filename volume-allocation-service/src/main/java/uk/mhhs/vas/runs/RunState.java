package uk.mhhs.vas.runs;

/**
 * Where a run is: requested → gathering → calculating → published, or failed on the way; cancelled by an operator
 * before it was published. A failed run may be retried (back to requested).
 */
public enum RunState {
    REQUESTED, GATHERING, CALCULATING, PUBLISHED, FAILED, CANCELLED;

    /** Whether an instance works on runs in this state (and holds a lease on them). */
    public boolean active() {
        return this == GATHERING || this == CALCULATING;
    }

    /** Whether the run is over (nothing moves it on but an operator's retry of a failed run). */
    public boolean finished() {
        return this == PUBLISHED || this == FAILED || this == CANCELLED;
    }
}
