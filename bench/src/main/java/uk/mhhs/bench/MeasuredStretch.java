package uk.mhhs.bench;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import uk.mhhs.testsupport.TestPostgres;
import uk.mhhs.testsupport.bench.CpuMeter;
import uk.mhhs.testsupport.bench.HeapWatch;

import java.nio.file.Path;
import java.util.Map;

/**
 * The timed part of a benchmark: CPU (JVM and PostgreSQL, and this JVM's by thread), heap (peak of the heap pools,
 * garbage included, and the most any 50 ms sample saw) and, with {@code -Dbench.jfr=<file>}, a JFR recording
 * ("profile" settings) of just this stretch.
 */
final class MeasuredStretch {

    private final CpuMeter cpu = new CpuMeter(TestPostgres.instance().port());
    private final HeapWatch heap;
    private final long[] cpuBefore;
    private final Map<String, Long> threadsBefore;
    private final Recording recording;
    private final long started;

    private MeasuredStretch() throws Exception {
        heap = HeapWatch.start();
        String jfr = System.getProperty("bench.jfr", "");
        recording = jfr.isBlank() ? null : new Recording(Configuration.getConfiguration("profile"));
        if (recording != null) {
            recording.setDestination(Path.of(jfr));
            recording.start();
        }
        threadsBefore = CpuMeter.byThread();
        cpuBefore = cpu.now();
        started = System.nanoTime();
    }

    static MeasuredStretch start() throws Exception {
        return new MeasuredStretch();
    }

    long startedNanos() {
        return started;
    }

    /** Ends the stretch; {@code items} is what the CPU is divided by. */
    Result stop(int items) throws Exception {
        long[] cpuAfter = cpu.now();
        Map<String, Long> threadsAfter = CpuMeter.byThread();
        if (recording != null) {
            recording.stop();
            recording.close();
        }
        heap.stop();
        return new Result(CpuMeter.perItem(cpuBefore, cpuAfter, items),
                CpuMeter.topThreads(threadsBefore, threadsAfter, items, 20),
                heap.peakPoolsBytes() >> 20, heap.sampledMaxBytes() >> 20, HeapWatch.usedAfterGc() >> 20);
    }

    /**
     * @param cpu          CPU ms per item
     * @param threads      the busiest thread groups, ms per item
     * @param peakPoolsMb  sum of the heap pools' peaks (garbage included)
     * @param sampledMaxMb the most used heap a 50 ms sample saw
     * @param liveMb       used after full GCs at the end (the live set)
     */
    record Result(CpuMeter.PerItem cpu, String threads, long peakPoolsMb, long sampledMaxMb, long liveMb) {

        /** The report's CPU and heap lines. */
        void print() {
            System.out.printf("cpu       %.3f ms CPU per message (JVM incl. broker and load %.3f, PostgreSQL %.3f); "
                            + "%d cores allow at most %,.0f msg/s at that cost%n", cpu.totalMillis(),
                    cpu.jvmMillis(), cpu.postgresMillis(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors() * 1000.0 / cpu.totalMillis());
            System.out.printf("threads   ms CPU per message: %s%n", threads);
            System.out.printf("heap      peak %,d MiB (pools' peaks, garbage included; 50 ms samples: %,d MiB), "
                    + "live after GC at the end %,d MiB%n", peakPoolsMb, sampledMaxMb, liveMb);
        }
    }
}
