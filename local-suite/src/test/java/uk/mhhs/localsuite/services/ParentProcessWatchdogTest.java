package uk.mhhs.localsuite.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

class ParentProcessWatchdogTest {

    @TempDir
    Path temp;

    @Test
    void a_service_jvm_ends_itself_when_its_launcher_is_killed_outright() throws Exception {
        Path agent = WatchdogAgentJar.write(temp.resolve("watchdog-agent.jar"));
        Process launcher = java("-cp", classes(), Sleeper.class.getName()).start();
        Path log = temp.resolve("service.log");
        Process service = java("-javaagent:" + agent + "=" + launcher.pid(), "-cp", classes(), Sleeper.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(service.waitFor(1, TimeUnit.SECONDS)).as("service runs while its launcher does").isFalse();

            launcher.destroyForcibly().waitFor();

            assertThat(service.waitFor(10, TimeUnit.SECONDS)).as("service ended after its launcher").isTrue();
            assertThat(Files.readString(log, StandardCharsets.UTF_8))
                    .contains("[local-suite watchdog] launcher process " + launcher.pid() + " is gone; stopping");
        } finally {
            service.destroyForcibly();
            launcher.destroyForcibly();
        }
    }

    @Test
    void the_agent_jar_names_its_premain_class() throws Exception {
        Path agent = WatchdogAgentJar.write(temp.resolve("agent.jar"));

        try (JarFile jar = new JarFile(agent.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Premain-Class"))
                    .isEqualTo(ParentProcessWatchdog.class.getName());
            assertThat(jar.stream().map(e -> e.getName()))
                    .containsExactly("META-INF/MANIFEST.MF", "uk/mhhs/localsuite/services/ParentProcessWatchdog.class");
        }
    }

    @Test
    void a_process_that_is_already_gone_counts_as_gone() throws Exception {
        Process finished = java("-version").start();
        finished.waitFor();
        CountDownLatch gone = new CountDownLatch(1);

        ParentProcessWatchdog.watch(finished.pid(), gone::countDown);

        assertThat(gone.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static ProcessBuilder java(String... arguments) {
        var command = new java.util.ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx32m");
        command.addAll(java.util.List.of(arguments));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    private static String classes() throws Exception {
        return Path.of(Sleeper.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
