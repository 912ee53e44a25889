package uk.mhhs.vas.it;

import org.awaitility.core.ConditionTimeoutException;
import uk.mhhs.testsupport.RealServersProperties;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.awaitility.Awaitility.await;

/**
 * VAS in a child JVM (the test JVM's java and classpath, main {@code VolumeAllocationServiceApplication}) against this
 * JVM's embedded PostgreSQL and Kafka, so a test can kill it outright ({@link #kill()}: SIGKILL, no shutdown hook, no
 * rollback but the database's own) as a crashed instance would die. Its output goes to {@code target/child-vas-*.log}.
 */
public final class ChildVas implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ChildVas(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts VAS on database (and topic prefix) {@code database} with {@code settings} on top, and waits until it
     * answers its health endpoint.
     */
    public static ChildVas start(String database, Map<String, String> settings) {
        int port = freePort();
        Map<String, String> all = new TreeMap<>();
        RealServersProperties.forName(database).forEach((k, v) -> all.put(k, String.valueOf(v)));
        all.put("server.port", String.valueOf(port));
        all.putAll(settings);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("uk.mhhs.vas.VolumeAllocationServiceApplication");
        all.forEach((k, v) -> command.add("--" + k + "=" + v));
        try {
            Path log = Files.createTempFile(Path.of("target"), "child-vas-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .directory(new File(".")).start();
            ChildVas child = new ChildVas(process, port, log);
            child.awaitHealthy(Duration.ofSeconds(120));
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start VAS in a child JVM", e);
        }
    }

    private void awaitHealthy(Duration timeout) {
        VasHttp http = VasHttp.onPort(port);
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(250)).ignoreException(UncheckedIOException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("child VAS exited with " + process.exitValue() + "; see "
                                    + log);
                        }
                        return http.get("/actuator/health").status() == 200; // refused while not listening yet
                    });
        } catch (ConditionTimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("child VAS did not become healthy in " + timeout + "; see " + log);
        }
    }

    public VasHttp http() {
        return VasHttp.onPort(port);
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: the instance dies mid-work, as a crashed or evicted process does. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
