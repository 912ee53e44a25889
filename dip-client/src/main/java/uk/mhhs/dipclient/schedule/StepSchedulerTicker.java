package uk.mhhs.dipclient.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Calls {@link StepScheduler#tick()} every {@link SchedulerProperties#interval()} while the service runs; it does
 * not start when the tick is off or the service has no steps and no daily jobs.
 */
public class StepSchedulerTicker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StepSchedulerTicker.class);

    private final StepScheduler scheduler;
    private final SchedulerProperties properties;
    private ScheduledExecutorService executor;

    public StepSchedulerTicker(StepScheduler scheduler, SchedulerProperties properties) {
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (executor != null || !properties.isEnabled() || !scheduler.hasWork()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "step-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        long millis = properties.interval().toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                scheduler.tick();
            } catch (RuntimeException e) {
                LOG.error("scheduler tick failed", e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
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

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
