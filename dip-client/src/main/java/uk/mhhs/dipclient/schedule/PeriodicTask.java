package uk.mhhs.dipclient.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task run on one daemon thread with a fixed delay between runs, for a service's lifecycle beans to start and stop
 * (the kit's scheduler tick, VAS's run worker). A run that throws is logged and the next one still comes: an exception
 * escaping a scheduled executor's task would cancel every later run silently.
 */
public final class PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration initialDelay;
    private final Duration interval;
    private final Runnable task;
    private ScheduledExecutorService executor;

    /**
     * @param name         the thread's name, also used in the log
     * @param initialDelay how long after {@link #start()} the first run comes
     * @param interval     the delay between the end of one run and the start of the next
     */
    public PeriodicTask(String name, Duration initialDelay, Duration interval, Runnable task) {
        this.name = name;
        this.initialDelay = initialDelay;
        this.interval = interval;
        this.task = task;
    }

    /** Starts the runs (once; a second call does nothing). */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("{} failed; it runs again in {}", name, interval, e);
            }
        }, initialDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Interrupts a run in progress, waits up to 10 s for it to end, and stops further runs. */
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    /** Whether it has been started and not stopped. */
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
