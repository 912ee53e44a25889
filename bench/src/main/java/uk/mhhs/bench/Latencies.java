package uk.mhhs.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Fixed-capacity, thread-safe store of latencies in nanoseconds, with percentiles. */
final class Latencies {

    private final long[] nanos;
    private final AtomicInteger count = new AtomicInteger();

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    void record(long latencyNanos) {
        int i = count.getAndIncrement();
        if (i < nanos.length) {
            nanos[i] = latencyNanos;
        }
    }

    int count() {
        return Math.min(count.get(), nanos.length);
    }

    /** The latency at percentile {@code p} (0–100) in milliseconds. */
    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, count());
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    String summary() {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", percentileMillis(50),
                percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }
}
