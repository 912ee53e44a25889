package uk.mhhs.dipclient.schedule;

import java.time.LocalDate;

/** A sweep run once a day (by one instance of the service), e.g. registration's IF-045 reminders. */
public interface DailyJob {

    /** A stable name, the key of {@code daily_run}. */
    String name();

    /** The time of day (in the scheduler's zone) before which the job does not run; midnight by default. */
    default java.time.LocalTime notBefore() {
        return java.time.LocalTime.MIDNIGHT;
    }

    /** @return a short outcome, e.g. {@code "12 reminders"} */
    String run(LocalDate today);
}
