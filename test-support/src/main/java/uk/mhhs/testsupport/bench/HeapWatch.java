package uk.mhhs.testsupport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * For benchmarks: heap use over a measured stretch. {@link #start()} collects garbage, resets the heap pools' peaks
 * and starts a daemon thread that samples used heap every 50 ms; afterwards {@link #peakPoolsBytes()} (the sum of
 * the pools' peaks, garbage included), {@link #sampledMaxBytes()}, {@link #liveAfterGcBytes()} and
 * {@link #oldGenAfterLastGcBytes()} say how much was needed.
 */
public final class HeapWatch {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile long sampledMax;

    private HeapWatch() {
    }

    /** Collects garbage, resets the heap pools' peak usage and starts sampling. */
    public static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        System.gc();
        watch.pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        Thread thread = new Thread(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (watch.running.get()) {
                watch.sampledMax = Math.max(watch.sampledMax, runtime.totalMemory() - runtime.freeMemory());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return watch;
    }

    /** Stops sampling; the peaks can still be read. */
    public void stop() {
        running.set(false);
    }

    /** Sum of the heap pools' peak used bytes since {@link #start()} (garbage included). */
    public long peakPoolsBytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The most used heap any 50 ms sample saw. */
    public long sampledMaxBytes() {
        return sampledMax;
    }

    /** Runs {@link System#gc()} and returns the heap pools' used bytes after it. */
    public long liveAfterGcBytes() {
        System.gc();
        return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** The old generation's used bytes after the last collection of it (0 if it has not been collected). */
    public long oldGenAfterLastGcBytes() {
        return pools.stream().filter(p -> p.getName().contains("Old"))
                .mapToLong(p -> p.getCollectionUsage() == null ? 0 : p.getCollectionUsage().getUsed()).max()
                .orElse(0);
    }

    /** The heap's used bytes after three {@link System#gc()} calls: a live-set reading between two phases. */
    public static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
