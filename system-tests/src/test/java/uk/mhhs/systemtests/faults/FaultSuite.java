package uk.mhhs.systemtests.faults;

import static uk.mhhs.systemtests.SuiteHome.deleteRecursively;
import static uk.mhhs.systemtests.SuiteHome.freePort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import uk.mhhs.localsuite.LocalSuiteProperties;
import uk.mhhs.localsuite.health.HealthProbe;
import uk.mhhs.localsuite.health.HealthResult;
import uk.mhhs.localsuite.kafka.LocalKafka;
import uk.mhhs.localsuite.postgres.LocalPostgres;
import uk.mhhs.localsuite.postgres.ServiceAccount;
import uk.mhhs.localsuite.services.ServiceLaunch;
import uk.mhhs.localsuite.services.ServiceProcess;
import uk.mhhs.localsuite.services.SuiteService;
import uk.mhhs.localsuite.services.WatchdogAgentJar;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The local suite's parts, held apart so a test can hurt each one: PostgreSQL and the Kafka broker in this JVM (the
 * broker stopped and started again on the same port and data directory), and each service's exec jar in a JVM of its
 * own, started, stopped politely or killed with SIGKILL. The same launch ({@link ServiceLaunch}) as the suite's, on
 * free ports, with a fresh home under the build directory (kept after the run for its logs).
 */
final class FaultSuite implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FaultSuite.class);
    static final Duration START_UP = Duration.ofMinutes(4);

    private final LocalSuiteProperties settings;
    private final LocalPostgres postgres;
    private final ServiceLaunch.Infrastructure infrastructure;
    private final Map<SuiteService, ServiceProcess> running = new EnumMap<>(SuiteService.class);
    private volatile LocalKafka kafka;

    private FaultSuite(LocalSuiteProperties settings, LocalPostgres postgres, LocalKafka kafka,
                       ServiceLaunch.Infrastructure infrastructure) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafka = kafka;
        this.infrastructure = infrastructure;
    }

    /**
     * Starts PostgreSQL and Kafka in {@code <work dir>/<name>}; the services start when asked, with
     * {@code javaOptions}. {@code environment} holds extra variables per service, as
     * {@code local-suite.environment.<module>.[NAME]}.
     */
    static FaultSuite start(String name, String javaOptions, Map<SuiteService, Map<String, String>> environment)
            throws Exception {
        Path home = Path.of(System.getProperty("system-tests.work-dir", "target/system-tests"))
                .toAbsolutePath().resolve(name);
        deleteRecursively(home);
        Files.createDirectories(home);
        Map<String, String> values = new HashMap<>();
        values.put("local-suite.project-dir", System.getProperty("system-tests.project-dir", ".."));
        values.put("local-suite.build-dir", System.getProperty("system-tests.build-dir", "target"));
        values.put("local-suite.project-version", System.getProperty("system-tests.project-version"));
        values.put("local-suite.home", home.toString());
        values.put("local-suite.postgres-port", freePort());
        values.put("local-suite.kafka-port", freePort());
        values.put("local-suite.kafka-controller-port", freePort());
        values.put("local-suite.gateway-management-port", freePort());
        values.put("local-suite.gateway-scheme", "https");
        values.put("local-suite.java-options", javaOptions);
        for (SuiteService service : SuiteService.values()) {
            values.put("local-suite.ports." + service.module(), freePort());
        }
        environment.forEach((service, variables) -> variables.forEach((variable, value) ->
                values.put("local-suite.environment." + service.module() + ".[" + variable + "]", value)));
        LocalSuiteProperties settings = new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("local-suite", LocalSuiteProperties.class);

        LocalPostgres postgres = LocalPostgres.start(home.resolve("postgres"), settings.postgresPort(),
                settings.logDirectory().resolve("postgres.log"));
        postgres.provision(settings.database(), SuiteService.inStartOrder().stream().map(ServiceAccount::of).toList());
        LocalKafka kafka = LocalKafka.start(home.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
        var infrastructure = new ServiceLaunch.Infrastructure(postgres.jdbcUrl(settings.database()),
                kafka.bootstrapServers(), WatchdogAgentJar.write(home.resolve("watchdog-agent.jar")),
                ProcessHandle.current().pid());
        log.info("PostgreSQL on {}, Kafka on {}, home {}", settings.postgresPort(), kafka.bootstrapServers(), home);
        return new FaultSuite(settings, postgres, kafka, infrastructure);
    }

    /** Starts {@code service}'s JVM and waits until it is UP. */
    void start(SuiteService service) throws Exception {
        ServiceLaunch launch = ServiceLaunch.of(service, settings, infrastructure,
                Path.of(System.getProperty("java.home"), "bin", "java"));
        ServiceProcess process = ServiceProcess.start(launch, settings.projectDirectory());
        running.put(service, process);
        long started = System.nanoTime();
        HealthResult health = new HealthProbe().awaitUp(launch.port(), service.healthPath(), launch.scheme(),
                process::isAlive, START_UP);
        if (!health.isUp()) {
            throw new IllegalStateException(service.module() + " is not UP: " + health.detail() + "; see "
                    + launch.log());
        }
        log.info("{} UP (pid {}) after {} s", service.module(), process.pid(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    /** SIGKILL: the JVM ends at once, no shutdown hook, no graceful stop, transactions in flight cut. */
    void kill(SuiteService service) throws Exception {
        ServiceProcess process = running.remove(service);
        ProcessHandle.of(process.pid()).orElseThrow().destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
        log.info("{} killed (pid {}, exit code {})", service.module(), process.pid(), process.exitCode());
    }

    /** SIGTERM and Spring's graceful shutdown. */
    void stop(SuiteService service) throws InterruptedException {
        ServiceProcess process = running.remove(service);
        process.requestStop();
        process.awaitStop(Duration.ofSeconds(60));
    }

    boolean isAlive(SuiteService service) {
        ServiceProcess process = running.get(service);
        return process != null && process.isAlive();
    }

    /** Stops the broker (a clean shutdown of the whole node) and starts it again on its port and data. */
    void restartKafka() throws IOException {
        kafka.close();
        log.info("Kafka stopped");
        kafka = LocalKafka.start(settings.homeDirectory().resolve("kafka"), settings.kafkaPort(),
                settings.kafkaControllerPort());
        log.info("Kafka started again on {}", kafka.bootstrapServers());
    }

    String bootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    URI baseUrl(SuiteService service) {
        return URI.create("http://localhost:" + settings.port(service));
    }

    /** A superuser connection whose search path is {@code service}'s schema. */
    Connection database(SuiteService service) throws SQLException {
        Connection connection = postgres.superuser(settings.database());
        try (var statement = connection.createStatement()) {
            statement.execute("set search_path to " + service.schema());
        }
        return connection;
    }

    Path log(SuiteService service) {
        return settings.logDirectory().resolve(service.module() + ".log");
    }

    @Override
    public void close() {
        running.values().forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : running.values()) {
            try {
                process.awaitStop(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
        try {
            kafka.close();
            postgres.close();
        } catch (IOException e) {
            log.warn("could not stop the servers cleanly: {}", e.toString());
        }
    }
}
