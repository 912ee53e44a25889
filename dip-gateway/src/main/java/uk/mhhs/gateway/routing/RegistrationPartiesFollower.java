package uk.mhhs.gateway.routing;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import uk.mhhs.dipclient.registration.RegistrationPartiesCache;

/**
 * Keeps the {@link RegistrationPartiesCache} current: at start, a background thread reads the topic from the
 * beginning and {@link #start()} waits for that (up to {@code startupWait}) so the gateway does not route its
 * first messages from an empty register; then the thread follows the topic until {@link #stop()}. Starts before
 * the web server and the submission listeners (lower phase). If the topic does not exist yet the register is
 * empty (messages get no secondary recipients but the distributor) and the thread keeps looking for it.
 */
public class RegistrationPartiesFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RegistrationPartiesFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final RegistrationPartiesCache cache;
    private final Duration startupWait;
    private volatile Thread worker;
    private volatile boolean running;

    public RegistrationPartiesFollower(RegistrationPartiesCache cache, Duration startupWait) {
        this.cache = cache;
        this.startupWait = startupWait;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        CountDownLatch rebuilt = new CountDownLatch(1);
        worker = new Thread(() -> run(rebuilt), "registration-parties-follower");
        worker.setDaemon(true);
        worker.start();
        try {
            if (!rebuilt.await(startupWait.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("registration parties not read within {}; routing from what is read so far", startupWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        Thread current = worker;
        running = false;
        worker = null;
        if (current == null) {
            return;
        }
        cache.wakeup();
        try {
            current.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (Boot starts it at {@code DEFAULT_PHASE - 2048}) and the Kafka listeners. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void run(CountDownLatch rebuilt) {
        try {
            boolean fresh = false;
            while (running && !Thread.currentThread().isInterrupted()) {
                try {
                    if (!fresh) {
                        cache.rebuild();
                        fresh = true;
                        rebuilt.countDown();
                    } else {
                        cache.follow(POLL);
                        if (!cache.following() && running) {
                            Thread.sleep(RETRY.toMillis()); // topic not there yet; partitionsFor itself waits too
                        }
                    }
                } catch (WakeupException e) {
                    // stop() asked us to return
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    log.warn("reading registration parties failed; reading the topic again from the beginning", e);
                    fresh = false;
                    pause();
                }
            }
        } finally {
            // The cache's consumer stays open: the follower may be started again (a lifecycle stop and start); the
            // cache is closed when its bean is destroyed
            rebuilt.countDown();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
