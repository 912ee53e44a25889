package uk.mhhs.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/**
 * CPU time used by this JVM (gateway, broker and load client alike) and by the PostgreSQL processes started
 * after it. CPU per message does not depend on what else the machine is doing, unlike messages per second, so
 * it is the figure to compare between runs on a shared machine.
 */
final class CpuMeter {

    private final Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    /** CPU nanoseconds so far: {@code [jvm, postgres]}. */
    long[] now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().startInstant().map(s -> !s.isBefore(jvmStart)).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
        return new long[] {jvm, postgres};
    }

    /** CPU nanoseconds of this JVM's live threads, grouped by name with digits removed. */
    static java.util.Map<String, Long> byThread() {
        var threads = ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> groups = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    groups.merge(info.getThreadName().replaceAll("\\d+", "#"), cpu, Long::sum);
                }
            }
        }
        return groups;
    }

    /** The groups that used the most CPU between two {@link #byThread()} readings, in ms per message. */
    static String topThreads(java.util.Map<String, Long> before, java.util.Map<String, Long> after, int messages,
                             int limit) {
        return after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(e -> String.format("%s %.3f", e.getKey(), e.getValue() / 1e6 / messages))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** CPU milliseconds per message between two readings. */
    static PerMessage perMessage(long[] before, long[] after, int messages) {
        return new PerMessage((after[0] - before[0]) / 1e6 / messages, (after[1] - before[1]) / 1e6 / messages);
    }

    record PerMessage(double jvmMillis, double postgresMillis) {
        double totalMillis() {
            return jvmMillis + postgresMillis;
        }

        @Override
        public String toString() {
            return String.format("%.2f ms CPU per message (gateway JVM incl. broker and load client %.2f, "
                    + "PostgreSQL %.2f)", totalMillis(), jvmMillis, postgresMillis);
        }
    }
}
