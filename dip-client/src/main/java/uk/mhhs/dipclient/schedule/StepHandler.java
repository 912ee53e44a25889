package uk.mhhs.dipclient.schedule;

import java.time.LocalDate;

/** Runs the scheduled steps of one kind, in the step's transaction. */
public interface StepHandler {

    /** e.g. {@code SWITCH}, {@code ACTIVATE_APPOINTMENT}. */
    String kind();

    /**
     * Runs {@code step} on {@code today} (on or after its due date).
     *
     * @return a short outcome for the step's row (e.g. {@code "switched"}, {@code "already withdrawn"})
     */
    String run(ScheduledStep step, LocalDate today);
}
