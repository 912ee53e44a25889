package uk.mhhs.localsuite.services;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mhhs.localsuite.health.HealthProbe;
import uk.mhhs.localsuite.health.HealthResult;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The service processes of the suite: starts them a few at a time (each one waited for until UP, so a
 * 2-core machine is not asked to boot seven Spring contexts at once), reports each one's status, and
 * stops them all together.
 */
public final class ServiceFleet implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceFleet.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final HealthProbe probe;
    private final Duration startupTimeout;
    private final int parallelStarts;
    private final Path workingDirectory;
    private final List<ServiceProcess> running = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;

    public ServiceFleet(HealthProbe probe, Duration startupTimeout, int parallelStarts, Path workingDirectory) {
        this.probe = probe;
        this.startupTimeout = startupTimeout;
        this.parallelStarts = parallelStarts;
        this.workingDirectory = workingDirectory;
    }

    /** Starts every launch, in order, {@code parallelStarts} at a time; returns their statuses in order. */
    public List<ServiceStatus> startAll(List<ServiceLaunch> launches) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallelStarts);
        try {
            List<Future<ServiceStatus>> pending = new ArrayList<>();
            for (ServiceLaunch launch : launches) {
                pending.add(pool.submit(() -> startOne(launch)));
            }
            List<ServiceStatus> statuses = new ArrayList<>();
            for (Future<ServiceStatus> status : pending) {
                statuses.add(status.get());
            }
            return statuses;
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not start a service: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private ServiceStatus startOne(ServiceLaunch launch) throws Exception {
        String name = launch.service().module();
        long started = System.nanoTime();
        ServiceProcess process = launchUnlessStopping(launch);
        log.info("{} starting (pid {}, port {}, log {})", name, process.pid(), launch.port(), launch.log());
        HealthResult health = probe.awaitUp(launch.port(), launch.service().healthPath(), launch.scheme(),
                process::isAlive, startupTimeout);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        if (health.isUp()) {
            log.info("{} is UP at {} after {} s", name, health.baseUrl(), elapsed.toSeconds());
            process.onExit().thenRun(() -> reportUnexpectedExit(process));
            return new ServiceStatus(launch, health, elapsed, -1, "");
        }
        String failure = FailureReason.fromLog(launch.log());
        log.warn("{} is not UP: {}; {}; see {}", name, health.detail(), failure, launch.log());
        return new ServiceStatus(launch, health, elapsed, process.exitCode(), failure);
    }

    /** Starting and stopping exclude each other, so no process starts after the fleet was stopped. */
    private synchronized ServiceProcess launchUnlessStopping(ServiceLaunch launch) throws Exception {
        if (stopping) {
            throw new InterruptedException("the suite is stopping");
        }
        ServiceProcess process = ServiceProcess.start(launch, workingDirectory);
        running.add(process);
        return process;
    }

    private void reportUnexpectedExit(ServiceProcess process) {
        if (!stopping) {
            log.warn("{} stopped by itself (exit code {}); see {}", process.launch().service().module(),
                    process.exitCode(), process.launch().log());
        }
    }

    /** Stops every service: all are asked at once, each gets 30 s to finish, then is killed. */
    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            stopping = true;
        }
        running.forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : running) {
            process.awaitStop(STOP_GRACE);
        }
        running.clear();
    }
}
