package uk.mhhs.localsuite.services;

import uk.mhhs.localsuite.LocalSuiteProperties;
import uk.mhhs.localsuite.health.Scheme;
import uk.mhhs.localsuite.postgres.ServiceAccount;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one service process is started: {@code java -jar <module>/<build dir>/<module>-<version>-exec.jar}
 * with the watchdog agent, modest JVM options and the environment its {@code application.yml} reads.
 *
 * @param service     which service
 * @param port        its {@code PORT}
 * @param scheme      how to reach it
 * @param command     the full command line
 * @param environment variables added to this launcher's environment
 * @param log         file receiving its standard output and error
 */
public record ServiceLaunch(SuiteService service, int port, Scheme scheme, List<String> command,
                            Map<String, String> environment, Path log) {

    public ServiceLaunch {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    /** Where the suite's shared servers are, as the services should see them. */
    public record Infrastructure(String jdbcUrl, String kafkaBootstrapServers, Path watchdogAgent, long launcherPid) {
    }

    public static ServiceLaunch of(SuiteService service, LocalSuiteProperties settings, Infrastructure infra,
                                   Path javaExecutable) {
        return of(service, settings, infra, javaExecutable, Map.of());
    }

    /**
     * @param developmentDefaults environment the suite gives the service unless its settings say otherwise (the
     *                            local-development operator tokens)
     */
    public static ServiceLaunch of(SuiteService service, LocalSuiteProperties settings, Infrastructure infra,
                                   Path javaExecutable, Map<String, String> developmentDefaults) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.add("-javaagent:" + infra.watchdogAgent() + "=" + infra.launcherPid());
        command.addAll(settings.javaOptionList());
        command.add("-jar");
        command.add(settings.execJar(service).toString());

        ServiceAccount account = ServiceAccount.of(service);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", Integer.toString(settings.port(service)));
        env.put("DB_URL", infra.jdbcUrl());
        env.put("DB_USER", account.user());
        env.put("DB_PASSWORD", account.password());
        env.put("DB_POOL_SIZE", Integer.toString(settings.dbPoolSize()));
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
        env.put("SPRING_PROFILES_ACTIVE", settings.springProfiles());
        if (service == SuiteService.DIP_GATEWAY) {
            // The gateway's generated files follow the suite's home (their defaults are relative to the working
            // directory, i.e. the project's .local-suite, which is the default home).
            Path gatewayHome = settings.homeDirectory().resolve("dip-gateway");
            env.put("DIP_DEV_KEYSTORE", gatewayHome.resolve("dev-keystore.p12").toString());
            env.put("DIP_SIGNING_DIR", gatewayHome.resolve("signing").toString());
            env.put("MHHS_GATEWAY_PARTICIPANTS_SEED_DIRECTORY", gatewayHome.resolve("participants").toString());
            // A local run: the gateway may generate its development TLS and signing keys and call webhooks on
            // this machine over plain HTTP, whatever profiles the suite is given (outside it, it may not).
            env.put("MHHS_GATEWAY_SECURITY_DEVELOPMENT_CREDENTIALS", "true");
            env.put("MHHS_GATEWAY_DELIVERY_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true");
            env.put("MHHS_GATEWAY_DELIVERY_WEBHOOKS_REQUIRE_HTTPS", "false");
            env.put("MANAGEMENT_PORT", Integer.toString(settings.gatewayManagementPort()));
        }
        if (service == SuiteService.VOLUME_ALLOCATION_SERVICE) {
            // VAS asks MDS for a run's aggregates over MDS's API
            env.put("MDS_URL", "http://localhost:" + settings.port(SuiteService.MARKET_WIDE_DATA_SERVICE));
        }
        if (service == SuiteService.INDUSTRY_STANDING_DATA) {
            // distribute the seed seconds after start, not a minute: the other services need it to work at all
            env.put("MHHS_ISD_DISTRIBUTION_INTERVAL", "PT5S");
        }
        env.putAll(developmentDefaults);
        env.putAll(settings.environment(service));

        Scheme scheme = service.prefersHttps() ? settings.gatewayScheme() : Scheme.HTTP;
        Path log = settings.logDirectory().resolve(service.module() + ".log");
        return new ServiceLaunch(service, settings.port(service), scheme, command, env, log);
    }

    /** Where its actuator listens: the gateway's {@code MANAGEMENT_PORT}, else its own port. */
    public int managementPort() {
        String management = environment.get("MANAGEMENT_PORT");
        return management == null ? port : Integer.parseInt(management);
    }

    /** Its Prometheus endpoint: actuator is plain HTTP everywhere (the gateway's management port too). */
    public URI prometheusUrl() {
        return URI.create("http://localhost:" + managementPort() + "/actuator/prometheus");
    }

    /** The exec jar on the command line. */
    public Path jar() {
        return Path.of(command.get(command.indexOf("-jar") + 1));
    }
}
