package uk.mhhs.dipclient.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The time-driven side of a service's processes (switch dates, appointments becoming effective, lapses, daily
 * sweeps). Steps are rows of {@code scheduled_step}; {@link #runDue} claims one due step at a time with
 * {@code for update skip locked} and runs it in that transaction, so several instances share the work and a step
 * runs once (a crash before commit leaves it pending for the next run). Daily jobs are guarded by a
 * {@code daily_run} row inserted in the job's own transaction, so one instance runs a day's job. "Today" comes from
 * the injected {@link Clock} in {@link SchedulerProperties#zone()}. A step that fails stays pending and is retried
 * at the next tick.
 */
public class StepScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(StepScheduler.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Map<String, StepHandler> handlers = new HashMap<>();
    private final List<DailyJob> dailyJobs;
    private final Clock clock;
    private final SchedulerProperties properties;
    private final String steps;
    private final String dailyRuns;

    public StepScheduler(DataSource dataSource, PlatformTransactionManager transactions, DipClientSchema schema,
                         List<StepHandler> handlers, List<DailyJob> dailyJobs, Clock clock,
                         SchedulerProperties properties) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        handlers.forEach(h -> {
            StepHandler previous = this.handlers.put(h.kind(), h);
            if (previous != null) {
                throw new IllegalStateException("two step handlers for " + h.kind());
            }
        });
        this.dailyJobs = List.copyOf(dailyJobs);
        this.clock = clock;
        this.properties = properties;
        this.steps = schema.table("scheduled_step");
        this.dailyRuns = schema.table("daily_run");
    }

    /** Today by the service's clock, in the scheduler's zone (the UK settlement day by default). */
    public LocalDate today() {
        return clock.instant().atZone(properties.zone()).toLocalDate();
    }

    /**
     * Whether any step handler or daily job is registered: a service with neither (the gateway) has nothing for
     * the tick to do, so its ticker does not start.
     */
    public boolean hasWork() {
        return !handlers.isEmpty() || !dailyJobs.isEmpty();
    }

    /** Adds a step due on {@code dueOn} (in the caller's transaction). */
    public void schedule(LocalDate dueOn, String kind, String mpanCore, String ref) {
        if (!handlers.containsKey(kind)) {
            throw new IllegalArgumentException("no step handler for " + kind);
        }
        jdbc.update("insert into " + steps + " (due_on, kind, mpan_core, ref) values (?, ?, ?, ?)",
                Date.valueOf(dueOn), kind, mpanCore == null ? null : Long.parseLong(mpanCore), ref);
    }

    /** Cancels the pending steps of {@code kind} about {@code ref}. */
    public int cancel(String kind, String ref) {
        return jdbc.update("update " + steps + " set status = 'CANCELLED', done_at = now()"
                + " where kind = ? and ref = ? and status = 'PENDING'", kind, ref);
    }

    /** The periodic tick (when enabled): runs what is due today. */
    public void tick() {
        if (properties.isEnabled()) {
            runDue(today());
        }
    }

    /**
     * Runs every step due on or before {@code today}, oldest first, then each daily job not yet run today.
     *
     * @return how many steps ran
     */
    public int runDue(LocalDate today) {
        List<Long> tried = new ArrayList<>();
        int ran = 0;
        int errors = 0;
        while (true) {
            Optional<Boolean> outcome;
            try {
                outcome = Optional.ofNullable(transaction.execute(status -> runOne(today, tried)));
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
        java.time.ZonedDateTime now = clock.instant().atZone(properties.zone());
        for (DailyJob job : dailyJobs) {
            if (today.isBefore(now.toLocalDate()) || !now.toLocalTime().isBefore(job.notBefore())) {
                runDaily(job, today);
            }
        }
        return ran;
    }

    private void runDaily(DailyJob job, LocalDate today) {
        try {
            transaction.executeWithoutResult(status -> {
                if (jdbc.update("insert into " + dailyRuns + " (job, run_on) values (?, ?) on conflict do nothing",
                        job.name(), Date.valueOf(today)) == 1) {
                    String result = job.run(today);
                    jdbc.update("update " + dailyRuns + " set outcome = ? where job = ? and run_on = ?", result,
                            job.name(), Date.valueOf(today));
                }
            });
        } catch (RuntimeException e) {
            LOG.error("daily job {} failed for {}; it runs again at the next tick", job.name(), today, e);
        }
    }

    private boolean runOne(LocalDate today, List<Long> tried) {
        List<ScheduledStep> due = jdbc.query("select id, due_on, kind, mpan_core, ref from " + steps
                        + " where status = 'PENDING' and due_on <= ? and not (id = any (?))"
                        + " order by due_on, id limit 1 for update skip locked",
                (rs, n) -> new ScheduledStep(rs.getLong("id"), rs.getObject("due_on", LocalDate.class),
                        rs.getString("kind"), rs.getString("mpan_core"), rs.getString("ref")),
                Date.valueOf(today), tried.toArray(Long[]::new));
        if (due.isEmpty()) {
            return false;
        }
        ScheduledStep step = due.get(0);
        tried.add(step.id()); // not picked again in this run, whether it succeeds or fails
        StepHandler handler = handlers.get(step.kind());
        if (handler == null) {
            throw new IllegalStateException("step " + step.id() + " of kind " + step.kind() + " has no handler");
        }
        String outcome = handler.run(step, today);
        jdbc.update("update " + steps + " set status = 'DONE', done_at = now(), outcome = ? where id = ?",
                outcome, step.id());
        return true;
    }
}
