package uk.mhhs.testsupport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * For benchmarks: CPU time used by this JVM (the service, the embedded broker and the load client alike) and by the
 * PostgreSQL processes started after it, plus this JVM's CPU by thread group. CPU per item does not depend on what
 * else the machine is doing, unlike items per second, so it is the figure to compare between runs on a shared
 * machine.
 *
 * <p>The PostgreSQL figure reads {@code /proc/<pid>/stat}: user + system time of each live process plus its reaped
 * children's (the postmaster reaps parallel workers, so their CPU is counted too once they end). Where {@code /proc}
 * is not there it falls back to {@link ProcessHandle.Info#totalCpuDuration()} of the live processes.
 */
public final class CpuMeter {

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ = 100
    private static final boolean PROC = Files.isDirectory(Path.of("/proc/self"));

    private final Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    private final String postgresPort;

    /** Counts every PostgreSQL process started after this JVM (on a machine running other tests, theirs too). */
    public CpuMeter() {
        this(0);
    }

    /**
     * Counts only the PostgreSQL server listening on {@code postgresPort} (its postmaster, which holds the CPU of
     * its ended children, and its live children), so that other PostgreSQL servers on a shared machine, e.g. other
     * test runs', are not counted; 0 counts every one started after this JVM.
     */
    public CpuMeter(int postgresPort) {
        this.postgresPort = postgresPort == 0 ? null : Integer.toString(postgresPort);
    }

    /** CPU nanoseconds so far: {@code [jvm, postgres processes started after this JVM]}. */
    public long[] now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        var postmasters = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().startInstant().map(s -> !s.isBefore(jvmStart)).orElse(false));
        long postgres = postgresPort == null ? postmasters.mapToLong(CpuMeter::cpuNanos).sum()
                : postmasters.filter(this::listensOnPort)
                        .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.children()))
                        .distinct().mapToLong(CpuMeter::cpuNanos).sum();
        return new long[] {jvm, postgres};
    }

    /** A postmaster started with {@code -p <port>} (the children have no such arguments). */
    private boolean listensOnPort(ProcessHandle process) {
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-p") && arguments[i + 1].equals(postgresPort)) {
                return true;
            }
        }
        return false;
    }

    private static long cpuNanos(ProcessHandle process) {
        if (!PROC) {
            return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3, so utime(14) stime(15) cutime(16) cstime(17) are [11..14]
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14])) * NANOS_PER_TICK;
        } catch (Exception e) {
            return 0; // ended meanwhile
        }
    }

    /** CPU milliseconds per item between two {@link #now()} readings. */
    public static PerItem perItem(long[] before, long[] after, int items) {
        return new PerItem((after[0] - before[0]) / 1e6 / items, (after[1] - before[1]) / 1e6 / items);
    }

    /**
     * CPU milliseconds per item.
     *
     * @param jvmMillis      this JVM's
     * @param postgresMillis the PostgreSQL processes'
     */
    public record PerItem(double jvmMillis, double postgresMillis) {
        /** JVM + PostgreSQL. */
        public double totalMillis() {
            return jvmMillis + postgresMillis;
        }
    }

    /** CPU nanoseconds of this JVM's live threads, grouped by name with digits replaced by {@code #}. */
    public static Map<String, Long> byThread() {
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    groups.merge(info.getThreadName().replaceAll("\\d+", "#"), cpu, Long::sum);
                }
            }
        }
        return groups;
    }

    /** The {@code limit} groups that used the most CPU between two {@link #byThread()} readings, in ms per item. */
    public static String topThreads(Map<String, Long> before, Map<String, Long> after, int items, int limit) {
        return topThreads(before, after, limit, nanos -> String.format("%.3f", nanos / 1e6 / items));
    }

    /** The {@code limit} groups that used the most CPU between two {@link #byThread()} readings, in whole ms. */
    public static String topThreadsMillis(Map<String, Long> before, Map<String, Long> after, int limit) {
        return topThreads(before, after, limit, nanos -> String.format("%.0f", nanos / 1e6));
    }

    private static String topThreads(Map<String, Long> before, Map<String, Long> after, int limit,
                                     LongFunction<String> format) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(e -> e.getKey() + " " + format.apply(e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
