package uk.mhhs.dipclient.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the relay as soon as a transaction that enqueued records has committed, instead of waiting for
 * its next poll. Wake-ups coalesce: many commits while the relay is busy cause one more round.
 */
public final class OutboxSignal {

    private final Semaphore permits = new Semaphore(0);

    /** Asks the relay to look for records now. */
    public void wake() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** Waits until woken or until {@code timeout} has passed; clears pending wake-ups. */
    boolean await(Duration timeout) throws InterruptedException {
        boolean woken = permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        permits.drainPermits();
        return woken;
    }
}
