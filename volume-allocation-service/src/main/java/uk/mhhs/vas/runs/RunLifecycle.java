package uk.mhhs.vas.runs;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The moving part of a {@link Run}: its state machine (requested → gathering → calculating → published, or failed;
 * cancelled before publishing; a failed run retried back to requested), the instance working on it and its lease,
 * attempts, progress, recorded inputs and failure. Every transition checks the state it starts from and throws
 * {@link IllegalRunTransition} otherwise, changing nothing.
 */
@MappedSuperclass
public abstract class RunLifecycle {

    private static final int PROGRESS_LENGTH = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RunState state = RunState.REQUESTED;
    @Column(length = 200)
    private String progress = "requested";
    @Column(nullable = false)
    private int attempts;
    @Column(length = 100)
    private String owner;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "aggregate_set_id")
    private UUID aggregateSetId;
    @Column(name = "gsp_group_take_id")
    private Long gspGroupTakeId;
    @Column(name = "isd_version")
    private Integer isdVersion;
    @Column(columnDefinition = "text")
    private String failure;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "calculated_at")
    private Instant calculatedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected abstract String describe();

    /**
     * {@code owner} takes the run until {@code until}: a requested run starts gathering; a gathering or calculating
     * run whose lease ran out before {@code now} (its instance died) is resumed where it was. Counts an attempt.
     */
    public void claim(String owner, Instant now, Instant until) {
        if (state == RunState.REQUESTED) {
            state = RunState.GATHERING;
            startedAt = now;
        } else if (!state.active() || (leaseUntil != null && leaseUntil.isAfter(now))) {
            throw illegal("claim", "only a requested run, or one whose lease ran out, can be claimed");
        }
        this.owner = owner;
        this.leaseUntil = until;
        attempts++;
        progress(state == RunState.GATHERING ? "gathering inputs" : "calculating", owner);
    }

    /** The gathered inputs are recorded and the calculation starts (its time is the reports' execution time). */
    public void startCalculating(String owner, UUID aggregateSetId, long gspGroupTakeId, int isdVersion,
                                 Instant now) {
        requireOwner(owner, RunState.GATHERING, "start calculating");
        this.aggregateSetId = aggregateSetId;
        this.gspGroupTakeId = gspGroupTakeId;
        this.isdVersion = isdVersion;
        this.calculatedAt = now;
        state = RunState.CALCULATING;
        progress("calculating", owner);
    }

    /** The results and reports are stored (in the same transaction): the run is over. */
    public void publish(String owner, Instant now) {
        requireOwner(owner, RunState.CALCULATING, "publish");
        state = RunState.PUBLISHED;
        progress = "published";
        finish(now);
    }

    /** The run cannot go on: {@code reason} says why. Allowed from any state but published, failed and cancelled. */
    public void fail(String reason, Instant now) {
        if (state.finished()) {
            throw illegal("fail", "it is already " + state);
        }
        state = RunState.FAILED;
        failure = reason;
        progress = "failed";
        finish(now);
    }

    /** An operator stops the run before it is published; a requested run is then never started. */
    public void cancel(String by, Instant now) {
        if (state.finished()) {
            throw illegal("cancel", "only a run not yet published, failed or cancelled can be cancelled");
        }
        state = RunState.CANCELLED;
        progress = truncate("cancelled" + (by == null ? "" : " by " + by));
        finish(now);
    }

    /** An operator asks for a failed run again: back to requested, inputs gathered afresh, attempts from zero. */
    public void retry(String by, Instant now) {
        if (state != RunState.FAILED) {
            throw illegal("retry", "only a FAILED run can be retried");
        }
        state = RunState.REQUESTED;
        progress = truncate("retry requested" + (by == null ? "" : " by " + by) + " after: " + failure);
        failure = null;
        attempts = 0;
        aggregateSetId = null;
        gspGroupTakeId = null;
        isdVersion = null;
        calculatedAt = null;
        finishedAt = null;
    }

    /** An attempt ended in an unexpected error: the lease ends now, so the next claim (any instance) tries again. */
    public void release(String owner, String note, Instant now) {
        if (!state.active() || !Objects.equals(this.owner, owner)) {
            throw illegal("release", "it is " + state + " with " + this.owner);
        }
        this.owner = null;
        this.leaseUntil = now;
        progress = truncate(note);
    }

    private void requireOwner(String owner, RunState from, String action) {
        if (state != from) {
            throw illegal(action, "it is " + state + ", not " + from);
        }
        if (!Objects.equals(this.owner, owner)) {
            throw illegal(action, "it is worked on by " + this.owner + ", not " + owner);
        }
    }

    private void finish(Instant now) {
        finishedAt = now;
        owner = null;
        leaseUntil = null;
    }

    private void progress(String what, String by) {
        progress = truncate(what + " (attempt " + attempts + ", " + by + ")");
    }

    private static String truncate(String text) {
        return text.length() <= PROGRESS_LENGTH ? text : text.substring(0, PROGRESS_LENGTH - 1) + "…";
    }

    private IllegalRunTransition illegal(String action, String why) {
        return new IllegalRunTransition("cannot " + action + " " + describe() + ": " + why);
    }

    public RunState state() {
        return state;
    }

    public String progress() {
        return progress;
    }

    public int attempts() {
        return attempts;
    }

    public String owner() {
        return owner;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public UUID aggregateSetId() {
        return aggregateSetId;
    }

    public Long gspGroupTakeId() {
        return gspGroupTakeId;
    }

    public Integer isdVersion() {
        return isdVersion;
    }

    public String failure() {
        return failure;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant calculatedAt() {
        return calculatedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
