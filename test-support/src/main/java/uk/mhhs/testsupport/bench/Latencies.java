package uk.mhhs.testsupport.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** For benchmarks: fixed-capacity, thread-safe store of latencies in nanoseconds, with percentiles. */
public final class Latencies {

    private final long[] nanos;
    private final AtomicInteger count = new AtomicInteger();

    public Latencies(int capacity) {
        nanos = new long[capacity];
    }

    public void record(long latencyNanos) {
        int i = count.getAndIncrement();
        if (i < nanos.length) {
            nanos[i] = latencyNanos;
        }
    }

    public int count() {
        return Math.min(count.get(), nanos.length);
    }

    /** The latency at percentile {@code p} (0–100) in milliseconds. */
    public double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, count());
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    public String summary() {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", percentileMillis(50),
                percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }
}
