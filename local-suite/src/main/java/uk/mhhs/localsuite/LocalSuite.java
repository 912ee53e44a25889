package uk.mhhs.localsuite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mhhs.localsuite.health.HealthProbe;
import uk.mhhs.localsuite.kafka.LocalKafka;
import uk.mhhs.localsuite.postgres.LocalPostgres;
import uk.mhhs.localsuite.postgres.ServiceAccount;
import uk.mhhs.localsuite.services.ServiceFleet;
import uk.mhhs.localsuite.services.ServiceLaunch;
import uk.mhhs.localsuite.services.ServiceStatus;
import uk.mhhs.localsuite.services.SuiteService;
import uk.mhhs.localsuite.services.WatchdogAgentJar;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole local suite: PostgreSQL, then Kafka, then the services; stopped in the reverse order
 * (services, Kafka, PostgreSQL) by {@link #close()}, which Spring calls from its shutdown hook on Ctrl-C.
 */
public final class LocalSuite implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalSuite.class);

    private final LocalSuiteProperties settings;
    private volatile LocalPostgres postgres;
    private volatile LocalKafka kafka;
    private volatile ServiceFleet fleet;

    public LocalSuite(LocalSuiteProperties settings) {
        this.settings = settings;
    }

    /** Starts everything and waits for every service's health; a service that fails is reported, not fatal. */
    public RunningSuite start() throws Exception {
        Preflight.check(settings);
        Path home = settings.homeDirectory();
        Path logs = settings.logDirectory();

        log.info("PostgreSQL starting on port {} (data in {})", settings.postgresPort(), home.resolve("postgres"));
        postgres = LocalPostgres.start(home.resolve("postgres"), settings.postgresPort(), logs.resolve("postgres.log"));
        postgres.provision(settings.database(), SuiteService.inStartOrder().stream().map(ServiceAccount::of).toList());

        log.info("Kafka starting on port {} (data in {})", settings.kafkaPort(), home.resolve("kafka"));
        kafka = LocalKafka.start(home.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());

        var infrastructure = new ServiceLaunch.Infrastructure(postgres.jdbcUrl(settings.database()),
                kafka.bootstrapServers(), WatchdogAgentJar.write(home.resolve("watchdog-agent.jar")),
                ProcessHandle.current().pid());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        OperatorTokens tokens = OperatorTokens.forSuite(settings);
        List<ServiceLaunch> launches = settings.selectedServices().stream()
                .map(service -> ServiceLaunch.of(service, settings, infrastructure, java, tokens.environment(service)))
                .toList();
        log.info("starting {} service JVM(s), up to {} at a time", launches.size(), settings.effectiveParallelStarts());
        fleet = new ServiceFleet(new HealthProbe(), settings.startupTimeout(), settings.effectiveParallelStarts(),
                settings.projectDirectory());
        List<ServiceStatus> statuses = fleet.startAll(launches);
        return new RunningSuite(statuses, infrastructure.jdbcUrl(), infrastructure.kafkaBootstrapServers(), home, tokens);
    }

    @Override
    public void close() {
        stop("services", fleet);
        stop("Kafka", kafka);
        stop("PostgreSQL", postgres);
    }

    private static void stop(String what, AutoCloseable running) {
        if (running == null) {
            return;
        }
        try {
            log.info("stopping {}", what);
            running.close();
        } catch (Exception e) {
            log.warn("could not stop {} cleanly: {}", what, e.toString());
        }
    }
}
