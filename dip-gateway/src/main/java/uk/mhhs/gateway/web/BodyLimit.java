package uk.mhhs.gateway.web;

import java.time.Duration;

/**
 * How much of a request body any endpoint of the participants' port reads ({@code mhhs.gateway.max-body-bytes}), and
 * for how long ({@code mhhs.gateway.max-body-read-time}).
 *
 * @param maxBytes    at least 1
 * @param maxReadTime positive: a body still arriving after it is refused with 408, so a client trickling a byte at
 *                    a time (each within the container's read time-out) cannot hold a request thread or slot
 */
public record BodyLimit(long maxBytes, Duration maxReadTime) {

    public BodyLimit {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("mhhs.gateway.max-body-bytes must be at least 1, not " + maxBytes);
        }
        if (maxReadTime == null || maxReadTime.isNegative() || maxReadTime.isZero()) {
            throw new IllegalArgumentException("mhhs.gateway.max-body-read-time must be positive, not " + maxReadTime);
        }
    }

    /** The time by which a body whose reading starts now must have been read, as {@link System#nanoTime()}. */
    public long deadlineFromNow() {
        return System.nanoTime() + maxReadTime.toNanos();
    }

    /**
     * Throws when {@code deadline} (from {@link #deadlineFromNow()}) has passed.
     *
     * @throws BodyTooSlow when it has
     */
    public void checkDeadline(long deadline) throws BodyTooSlow {
        if (System.nanoTime() - deadline > 0) {
            throw new BodyTooSlow(maxReadTime);
        }
    }
}
