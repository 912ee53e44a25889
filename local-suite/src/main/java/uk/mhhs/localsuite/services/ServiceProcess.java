package uk.mhhs.localsuite.services;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One running service JVM. Its output goes to its log file (the previous run's log is kept beside it as
 * {@code <service>.previous.log}); stopping asks politely (SIGTERM, Spring's graceful shutdown) and then
 * insists.
 */
public final class ServiceProcess {

    private final ServiceLaunch launch;
    private final Process process;

    private ServiceProcess(ServiceLaunch launch, Process process) {
        this.launch = launch;
        this.process = process;
    }

    public static ServiceProcess start(ServiceLaunch launch, Path workingDirectory) throws IOException {
        Path log = launch.log();
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling(launch.service().module() + ".previous.log"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(log.toFile()))
                .redirectInput(Redirect.from(nullDevice()));
        builder.environment().putAll(launch.environment());
        return new ServiceProcess(launch, builder.start());
    }

    public ServiceLaunch launch() {
        return launch;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Exit code, or -1 while it runs. */
    public int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** Completes when the process has ended, however it ended. */
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Sends the polite stop signal without waiting. */
    public void requestStop() {
        process.destroy();
    }

    /** Waits up to {@code grace} after {@link #requestStop()}, then kills it. */
    public void awaitStop(Duration grace) throws InterruptedException {
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
