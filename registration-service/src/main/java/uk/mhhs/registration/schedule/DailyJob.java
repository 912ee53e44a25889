package uk.mhhs.registration.schedule;

import java.time.LocalDate;

/** A sweep run once a day (by one instance), e.g. the IF-045 reminders. */
public interface DailyJob {

    /** A stable name, the key of {@code daily_run}. */
    String name();

    /** @return a short outcome, e.g. {@code "12 reminders"} */
    String run(LocalDate today);
}
