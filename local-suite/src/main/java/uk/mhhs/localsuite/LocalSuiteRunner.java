package uk.mhhs.localsuite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import uk.mhhs.localsuite.services.ParentProcessWatchdog;

import java.lang.management.ManagementFactory;

/**
 * Starts the suite, prints where everything listens, then plays the installed {@link DemoDay}s.
 * Exit code (with {@code --local-suite.stop-after-start} or {@code --exit-when-done}) is 0 only when every service
 * came UP and every demo day completed.
 */
@Component
class LocalSuiteRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(LocalSuiteRunner.class);

    private final LocalSuite suite;
    private final LocalSuiteProperties settings;
    private final ObjectProvider<DemoDay> demoDays;
    private volatile boolean allUp;
    private volatile boolean daysFailed;

    LocalSuiteRunner(LocalSuite suite, LocalSuiteProperties settings, ObjectProvider<DemoDay> demoDays) {
        this.suite = suite;
        this.settings = settings;
        this.demoDays = demoDays;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (settings.exitWithParent()) {
            ProcessHandle.current().parent().ifPresent(parent -> ParentProcessWatchdog.watch(parent.pid(), () -> {
                log.warn("the process that started the local suite ({}) is gone; stopping", parent.pid());
                System.exit(1);
            }));
        }
        RunningSuite running = suite.start();
        allUp = running.allUp();
        double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        System.out.printf("%nMHHS local suite %s after %.1f s%n%n%s%n", allUp ? "is up" : "started WITH FAILURES",
                seconds, PortTable.render(running, settings.projectDirectory()));
        if (!allUp) {
            log.warn("not every service is UP: see the logs above; the others keep running");
        } else if (settings.demoDay()) {
            playDemoDays(running);
        }
        if (!settings.stopAfterStart() && !exitWhenDone(args)) {
            System.out.println("Press Ctrl-C to stop the services, Kafka and PostgreSQL.");
        }
    }

    private void playDemoDays(RunningSuite running) {
        demoDays.orderedStream().forEach(day -> {
            log.info("playing demo day: {}", day.name());
            try {
                day.play(running);
                log.info("demo day finished: {}", day.name());
            } catch (Exception e) {
                daysFailed = true;
                log.debug("demo day '{}' failed", day.name(), e);
                System.out.printf("%nDemo day FAILED: %s%n", e.getMessage());
            }
        });
    }

    /** {@code --exit-when-done}: stop everything once the demo days are played (scripts, tests). */
    static boolean exitWhenDone(ApplicationArguments args) {
        return args.containsOption("exit-when-done");
    }

    /** 0 only when every service came UP and every demo day played completed with its checks holding. */
    @Override
    public int getExitCode() {
        return allUp && !daysFailed ? 0 : 1;
    }
}
