package uk.mhhs.dataservice.processing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import uk.mhhs.dataservice.DataServiceProperties;
import uk.mhhs.dipclient.schedule.SchedulerProperties;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Drains the pending MPAN-days every {@code process-interval} with {@code workers} threads while the scheduler is
 * enabled.
 */
@Component
class ProcessingTicker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessingTicker.class);

    private final PendingDayProcessor processor;
    private final DataServiceProperties properties;
    private final boolean enabled;
    private ScheduledExecutorService executor;

    ProcessingTicker(PendingDayProcessor processor, DataServiceProperties properties, SchedulerProperties scheduler) {
        this.processor = processor;
        this.properties = properties;
        this.enabled = scheduler.isEnabled();
    }

    @Override
    public synchronized void start() {
        if (!enabled || executor != null) {
            return;
        }
        int workers = properties.workers();
        executor = Executors.newScheduledThreadPool(workers, r -> new Thread(r, "day-processing"));
        long millis = properties.processInterval().toMillis();
        for (int w = 0; w < workers; w++) {
            executor.scheduleWithFixedDelay(this::drain, millis + w * 100L, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** One worker's round: the workers share the queue through the claim's skip locked. */
    private void drain() {
        try {
            var result = processor.drain();
            if (result.days() > 0) {
                LOG.info("processed {} MPAN-days: {} IF-021 sent, {} unchanged, {} not ours", result.days(),
                        result.sent(), result.unchanged(), result.skipped());
            }
        } catch (RuntimeException e) {
            LOG.error("day processing failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
