package uk.mhhs.vas.runs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.schedule.PeriodicTask;
import uk.mhhs.vas.VasProperties;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Works on runs while the service runs (unless {@code mhhs.vas.worker.enabled=false}): every
 * {@code mhhs.vas.worker.interval} it claims runs one after another ({@link RunClaims}) until none is left, and takes
 * each through its phases ({@link RunAttempt}). Its first look after start-up picks up the runs of instances that
 * died, once their leases run out, so nothing stays gathering or calculating for good.
 */
@Component
public class RunWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RunWorker.class);

    private final RunClaims claims;
    private final RunAttempt attempt;
    private final VasProperties.Worker settings;
    private final String owner;
    private final PeriodicTask drains;

    RunWorker(RunClaims claims, RunAttempt attempt, VasProperties properties) {
        this.claims = claims;
        this.attempt = attempt;
        this.settings = properties.worker();
        this.owner = ownerName();
        this.drains = new PeriodicTask("vas-run-worker", Duration.ZERO, settings.interval(), this::drain);
    }

    /** This instance's name in {@code run.owner}: process, host and a random part (two contexts in one JVM differ). */
    static String ownerName() {
        String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }

    /**
     * Claims and works on one run, if there is one.
     *
     * @return whether there was a run to work on
     */
    public boolean workOnce() {
        Optional<Run> claimed = claims.claim(owner);
        claimed.ifPresent(run -> attempt.work(run, owner));
        return claimed.isPresent();
    }

    /** This worker's owner name. */
    public String owner() {
        return owner;
    }

    @Override
    public void start() {
        if (settings.enabled()) {
            drains.start();
        }
    }

    private void drain() {
        try {
            while (!Thread.currentThread().isInterrupted() && workOnce()) {
                LOG.debug("run worked on; looking for the next");
            }
        } catch (RuntimeException e) {
            LOG.error("run worker could not claim a run; trying again in {}", settings.interval(), e);
        }
    }

    @Override
    public void stop() {
        drains.stop();
    }

    @Override
    public boolean isRunning() {
        return drains.isRunning();
    }
}
