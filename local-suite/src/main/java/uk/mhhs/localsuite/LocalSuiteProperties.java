package uk.mhhs.localsuite;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.mhhs.localsuite.health.Scheme;
import uk.mhhs.localsuite.services.SuiteService;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Settings of the local suite ({@code local-suite.*}); every one can be given on the command line, e.g.
 * {@code -Dspring-boot.run.arguments="--local-suite.ports.data-service=9083 --local-suite.postgres-port=15432"}.
 *
 * @param projectDir      root of the Maven project (the services' modules are below it); a plain path,
 *                        relative to the working directory
 * @param buildDir        name of the modules' build directory holding the exec jars ({@code build.dir.name})
 * @param projectVersion  version in the exec jar names, filled in by the build
 * @param home            where PostgreSQL and Kafka keep their data, the gateway its generated keys and the
 *                        services their logs; absolute, or relative
 *                        to {@code projectDir}
 * @param postgresPort    PostgreSQL port
 * @param database        the one database every service has a schema in
 * @param kafkaPort       Kafka client port ({@code KAFKA_BOOTSTRAP_SERVERS=localhost:<port>})
 * @param kafkaControllerPort the KRaft controller's own port
 * @param ports           per-service port overrides by module name, e.g. {@code data-service: 9083}
 * @param gatewayManagementPort the gateway's management port ({@code MANAGEMENT_PORT}: actuator, Prometheus), plain
 *                        HTTP on localhost
 * @param gatewayScheme   how to reach the gateway: {@code auto} tries HTTPS first, then HTTP
 * @param services        module names to start; empty starts all of {@link SuiteService}
 * @param javaOptions     JVM options of each service process
 * @param springProfiles  {@code SPRING_PROFILES_ACTIVE} of each service process
 * @param dbPoolSize      {@code DB_POOL_SIZE} of each service process
 * @param startupTimeout  how long a service may take to report UP
 * @param parallelStarts  services starting at the same time; 0 means one per processor
 * @param stopAfterStart  stop everything once the table is printed (and the demo day played)
 * @param exitWithParent  stop everything when the process that started this one dies (set by the Maven profile)
 * @param demoDay         play the installed {@link DemoDay}s once every service is UP
 * @param environment     extra environment variables per service module, added to (and overriding) what
 *                        {@code ServiceLaunch} sets, e.g. {@code registration-service: {REG_OPERATOR_TOKEN: x}}
 *                        (on the command line {@code --local-suite.environment.registration-service.[REG_OPERATOR_TOKEN]=x})
 */
@ConfigurationProperties("local-suite")
public record LocalSuiteProperties(
        @DefaultValue(".") String projectDir,
        @DefaultValue("target") String buildDir,
        @DefaultValue("0.1.0-SNAPSHOT") String projectVersion,
        @DefaultValue(".local-suite") String home,
        @DefaultValue("5432") int postgresPort,
        @DefaultValue("mhhs") String database,
        @DefaultValue("9092") int kafkaPort,
        @DefaultValue("9093") int kafkaControllerPort,
        Map<String, Integer> ports,
        @DefaultValue("auto") Scheme gatewayScheme,
        @DefaultValue("9443") int gatewayManagementPort,
        List<String> services,
        @DefaultValue("-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k") String javaOptions,
        @DefaultValue("local") String springProfiles,
        @DefaultValue("5") int dbPoolSize,
        @DefaultValue("3m") Duration startupTimeout,
        @DefaultValue("0") int parallelStarts,
        @DefaultValue("false") boolean stopAfterStart,
        @DefaultValue("false") boolean exitWithParent,
        @DefaultValue("true") boolean demoDay,
        Map<String, Map<String, String>> environment) {

    public LocalSuiteProperties {
        ports = ports == null ? Map.of() : Map.copyOf(ports);
        services = services == null ? List.of() : List.copyOf(services);
        environment = environment == null ? Map.of() : environment.entrySet().stream().collect(
                java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
        ports.keySet().forEach(LocalSuiteProperties::requireKnownModule);
        environment.keySet().forEach(LocalSuiteProperties::requireKnownModule);
        services.forEach(LocalSuiteProperties::requireKnownModule);
    }

    /** The port {@code service} listens on: its override, else its default. */
    public int port(SuiteService service) {
        return ports.getOrDefault(service.module(), service.defaultPort());
    }

    /** The extra environment variables of {@code service}'s process (none unless configured). */
    public Map<String, String> environment(SuiteService service) {
        return environment.getOrDefault(service.module(), Map.of());
    }

    /** The services to start, in start order. */
    public List<SuiteService> selectedServices() {
        return SuiteService.inStartOrder().stream()
                .filter(s -> services.isEmpty() || services.contains(s.module()))
                .toList();
    }

    /**
     * The project root as an absolute path. (Paths are bound as strings: Spring would resolve a relative
     * {@code Path} against the classpath.)
     */
    public Path projectDirectory() {
        return Path.of(projectDir).toAbsolutePath().normalize();
    }

    public Path homeDirectory() {
        return projectDirectory().resolve(home).normalize();
    }

    public Path logDirectory() {
        return homeDirectory().resolve("logs");
    }

    /** {@code <project>/<module>/<buildDir>/<module>-<version>-exec.jar}. */
    public Path execJar(SuiteService service) {
        return buildDirectory(service).resolve(service.module() + "-" + projectVersion + "-exec.jar");
    }

    /** {@code <project>/<module>/<buildDir>/<module>-<version>.jar}, the module's main artifact. */
    public Path plainJar(SuiteService service) {
        return buildDirectory(service).resolve(service.module() + "-" + projectVersion + ".jar");
    }

    private Path buildDirectory(SuiteService service) {
        return projectDirectory().resolve(service.module()).resolve(buildDir);
    }

    public List<String> javaOptionList() {
        return Arrays.stream(javaOptions.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    public int effectiveParallelStarts() {
        return parallelStarts > 0 ? parallelStarts : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    private static void requireKnownModule(String module) {
        if (SuiteService.byModule(module).isEmpty()) {
            throw new IllegalArgumentException("unknown service '" + module + "'; known: "
                    + SuiteService.inStartOrder().stream().map(SuiteService::module).toList());
        }
    }
}
