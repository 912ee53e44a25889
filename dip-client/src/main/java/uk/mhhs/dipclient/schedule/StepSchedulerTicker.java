package uk.mhhs.dipclient.schedule;

import org.springframework.context.SmartLifecycle;

/**
 * Calls {@link StepScheduler#tick()} every {@link SchedulerProperties#interval()} while the service runs; it does
 * not start when the tick is off or the service has no steps and no daily jobs.
 */
public class StepSchedulerTicker implements SmartLifecycle {

    private final StepScheduler scheduler;
    private final SchedulerProperties properties;
    private final PeriodicTask ticks;

    public StepSchedulerTicker(StepScheduler scheduler, SchedulerProperties properties) {
        this.scheduler = scheduler;
        this.properties = properties;
        this.ticks = new PeriodicTask("step-scheduler", properties.interval(), properties.interval(), scheduler::tick);
    }

    @Override
    public void start() {
        if (properties.isEnabled() && scheduler.hasWork()) {
            ticks.start();
        }
    }

    @Override
    public void stop() {
        ticks.stop();
    }

    @Override
    public boolean isRunning() {
        return ticks.isRunning();
    }
}
