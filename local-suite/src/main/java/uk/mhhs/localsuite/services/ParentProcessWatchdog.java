package uk.mhhs.localsuite.services;

import java.time.Instant;
import java.util.Optional;

/**
 * Ends a JVM when the process that launched it is gone, even if that one was killed outright and had no
 * chance to stop its children. Loaded into every service process as a Java agent
 * ({@code -javaagent:watchdog.jar=<launcher pid>}, see {@link WatchdogAgentJar}); the launcher uses
 * {@link #watch} on its own parent too. Depends on nothing but the JDK.
 */
public final class ParentProcessWatchdog {

    private static final long POLL_MILLIS = 500;

    private ParentProcessWatchdog() {
    }

    /** Agent entry point; {@code arguments} is the PID to watch. */
    public static void premain(String arguments) {
        long pid = Long.parseLong(arguments.trim());
        watch(pid, () -> {
            System.err.println("[local-suite watchdog] launcher process " + pid + " is gone; stopping");
            System.exit(0);
        });
    }

    /**
     * Runs {@code whenGone} once, on a daemon thread, when process {@code pid} has ended (immediately if it
     * is not running). A new process that reuses the PID does not count as the same one.
     */
    public static void watch(long pid, Runnable whenGone) {
        Optional<ProcessHandle> watched = ProcessHandle.of(pid);
        Optional<Instant> started = watched.flatMap(p -> p.info().startInstant());
        Thread watchdog = new Thread(() -> {
            while (isSameAndAlive(pid, started)) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            whenGone.run();
        }, "parent-process-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static boolean isSameAndAlive(long pid, Optional<Instant> started) {
        Optional<ProcessHandle> now = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        return now.isPresent() && (started.isEmpty() || now.get().info().startInstant().equals(started));
    }
}
