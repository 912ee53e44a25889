package uk.mhhs.registration.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mhhs.registration.RegistrationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.registration.process.RegDates;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The time-driven side of the processes (switch dates, appointments becoming effective, lapses, daily reminders).
 * Steps are rows of {@code scheduled_step}; {@link #runDue} claims one due step at a time with
 * {@code for update skip locked} and runs it in that transaction, so several instances share the work and a step
 * runs once (a crash before commit leaves it pending for the next run). "Today" comes from the injected
 * {@link Clock}, in UK time. A step that fails stays pending and is retried at the next tick.
 */
@Component
public class StepScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(StepScheduler.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Map<String, StepHandler> handlers = new HashMap<>();
    private final List<DailyJob> dailyJobs;
    private final Clock clock;
    private final boolean enabled;

    public StepScheduler(JdbcTemplate jdbc, TransactionTemplate transaction, List<StepHandler> handlers,
                         List<DailyJob> dailyJobs, Clock clock, RegistrationProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        handlers.forEach(h -> this.handlers.put(h.kind(), h));
        this.dailyJobs = dailyJobs;
        this.clock = clock;
        this.enabled = properties.scheduler().enabled();
    }

    /** Adds a step due on {@code dueOn} (in the caller's transaction). */
    public void schedule(LocalDate dueOn, String kind, String mpanCore, String ref) {
        if (!handlers.containsKey(kind)) {
            throw new IllegalArgumentException("no step handler for " + kind);
        }
        jdbc.update("insert into scheduled_step (due_on, kind, mpan_core, ref) values (?, ?, ?, ?)",
                Date.valueOf(dueOn), kind, mpanCore == null ? null : Long.parseLong(mpanCore), ref);
    }

    /** Cancels the pending steps of {@code kind} about {@code ref}. */
    public int cancel(String kind, String ref) {
        return jdbc.update("""
                update scheduled_step set status = 'CANCELLED', done_at = now()
                 where kind = ? and ref = ? and status = 'PENDING'""", kind, ref);
    }

    @Scheduled(fixedDelayString = "${mhhs.registration.scheduler.interval:PT1M}")
    void tick() {
        if (enabled) {
            runDue(RegDates.today(clock));
        }
    }

    /**
     * Runs every step due on or before {@code today}, oldest first, then each daily job not yet run today.
     *
     * @return how many steps ran
     */
    public int runDue(LocalDate today) {
        List<Long> failed = new ArrayList<>();
        int ran = 0;
        int errors = 0;
        while (true) {
            Optional<Boolean> outcome;
            try {
                outcome = Optional.ofNullable(transaction.execute(status -> runOne(today, failed)));
            } catch (RuntimeException e) {
                LOG.error("scheduled step failed; it stays pending", e);
                if (++errors > 100) {
                    break;
                }
                continue;
            }
            if (outcome.isEmpty() || !outcome.get()) {
                break;
            }
            ran++;
        }
        for (DailyJob job : dailyJobs) {
            try {
                transaction.executeWithoutResult(status -> {
                    if (jdbc.update("insert into daily_run (job, run_on) values (?, ?) on conflict do nothing",
                            job.name(), Date.valueOf(today)) == 1) {
                        String result = job.run(today);
                        jdbc.update("update daily_run set outcome = ? where job = ? and run_on = ?", result,
                                job.name(), Date.valueOf(today));
                    }
                });
            } catch (RuntimeException e) {
                LOG.error("daily job {} failed for {}; it runs again at the next tick", job.name(), today, e);
            }
        }
        return ran;
    }

    private boolean runOne(LocalDate today, List<Long> failed) {
        List<ScheduledStep> due = jdbc.query("""
                        select id, due_on, kind, mpan_core, ref from scheduled_step
                         where status = 'PENDING' and due_on <= ? and not (id = any (?))
                         order by due_on, id limit 1 for update skip locked""",
                (rs, n) -> new ScheduledStep(rs.getLong("id"), rs.getObject("due_on", LocalDate.class),
                        rs.getString("kind"), rs.getString("mpan_core"), rs.getString("ref")),
                Date.valueOf(today), failed.toArray(Long[]::new));
        if (due.isEmpty()) {
            return false;
        }
        ScheduledStep step = due.get(0);
        failed.add(step.id()); // not picked again in this run, whether it succeeds or fails
        String outcome = handlers.get(step.kind()).run(step, today);
        jdbc.update("update scheduled_step set status = 'DONE', done_at = now(), outcome = ? where id = ?",
                outcome, step.id());
        return true;
    }
}
