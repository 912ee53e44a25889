package uk.mhhs.systemtests.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A program of the machine (Debian's Prometheus, its postgres-exporter) run for a check, its output in a log file. */
final class ExternalProgram implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ExternalProgram(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} (its first element an absolute path that must exist), logging to {@code log}. */
    static ExternalProgram start(String name, List<String> command, java.util.Map<String, String> environment,
                                 Path log) throws IOException {
        Path program = Path.of(command.get(0));
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException(program + " is not installed: the operations check runs Debian's "
                    + name + " (apt-get install " + name + "; .ci/run installs it)");
        }
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ExternalProgram(name, builder.start(), log);
    }

    /** Fails with the end of its log if it has exited. */
    void requireAlive() throws IOException {
        if (!process.isAlive()) {
            List<String> lines = Files.readAllLines(log);
            throw new IllegalStateException(name + " exited " + process.exitValue() + "; last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
