package uk.mhhs.localsuite.services;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import uk.mhhs.localsuite.LocalSuiteProperties;
import uk.mhhs.localsuite.health.Scheme;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ServiceLaunchTest {

    private final LocalSuiteProperties settings = new Binder(new MapConfigurationPropertySource(Map.of(
            "local-suite.project-dir", "/srv/mhhs",
            "local-suite.build-dir", "target-ops",
            "local-suite.ports.market-wide-data-service", "9085",
            "local-suite.home", "/tmp/suite-home",
            "local-suite.environment.registration-service.[REG_OPERATOR_TOKEN]", "s3cret",
            "local-suite.environment.registration-service.[DB_POOL_SIZE]", "3")))
            .bindOrCreate("local-suite", LocalSuiteProperties.class);
    private final ServiceLaunch.Infrastructure infrastructure = new ServiceLaunch.Infrastructure(
            "jdbc:postgresql://localhost:5432/mhhs", "localhost:9092", Path.of("/srv/mhhs/.local-suite/agent.jar"),
            4242);

    @Test
    void runs_the_exec_jar_in_its_own_jvm_with_the_watchdog_and_modest_memory() {
        ServiceLaunch launch = ServiceLaunch.of(SuiteService.MARKET_WIDE_DATA_SERVICE, settings, infrastructure,
                Path.of("/opt/jdk/bin/java"));

        assertThat(launch.command()).containsExactly("/opt/jdk/bin/java",
                "-javaagent:/srv/mhhs/.local-suite/agent.jar=4242",
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-jar",
                "/srv/mhhs/market-wide-data-service/target-ops/market-wide-data-service-0.1.0-SNAPSHOT-exec.jar");
        assertThat(launch.jar()).isEqualTo(settings.execJar(SuiteService.MARKET_WIDE_DATA_SERVICE));
        assertThat(launch.log()).isEqualTo(Path.of("/tmp/suite-home/logs/market-wide-data-service.log"));
    }

    @Test
    void passes_the_environment_its_application_yml_reads() {
        ServiceLaunch launch = ServiceLaunch.of(SuiteService.MARKET_WIDE_DATA_SERVICE, settings, infrastructure,
                Path.of("java"));

        assertThat(launch.environment()).containsOnly(
                entry("PORT", "9085"),
                entry("DB_URL", "jdbc:postgresql://localhost:5432/mhhs"),
                entry("DB_USER", "mds"),
                entry("DB_PASSWORD", "mds"),
                entry("DB_POOL_SIZE", "5"),
                entry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"),
                entry("SPRING_PROFILES_ACTIVE", "local"));
        assertThat(launch.port()).isEqualTo(9085);
        assertThat(launch.scheme()).isEqualTo(Scheme.HTTP);
    }

    @Test
    void keeps_the_gateways_generated_files_in_the_suites_home() {
        ServiceLaunch launch = ServiceLaunch.of(SuiteService.DIP_GATEWAY, settings, infrastructure, Path.of("java"));

        assertThat(launch.environment()).contains(
                entry("DIP_DEV_KEYSTORE", "/tmp/suite-home/dip-gateway/dev-keystore.p12"),
                entry("DIP_SIGNING_DIR", "/tmp/suite-home/dip-gateway/signing"),
                entry("MHHS_GATEWAY_PARTICIPANTS_SEED_DIRECTORY", "/tmp/suite-home/dip-gateway/participants"),
                entry("MANAGEMENT_PORT", "9443"));
        assertThat(launch.prometheusUrl()).hasToString("http://localhost:9443/actuator/prometheus");
    }

    @Test
    void lets_the_gateway_make_development_keys_and_call_local_webhooks() {
        ServiceLaunch launch = ServiceLaunch.of(SuiteService.DIP_GATEWAY, settings, infrastructure, Path.of("java"));

        assertThat(launch.environment()).contains(
                entry("MHHS_GATEWAY_SECURITY_DEVELOPMENT_CREDENTIALS", "true"),
                entry("MHHS_GATEWAY_DELIVERY_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true"),
                entry("MHHS_GATEWAY_DELIVERY_WEBHOOKS_REQUIRE_HTTPS", "false"));
    }

    @Test
    void points_vas_at_mds_on_its_configured_port() {
        ServiceLaunch vas = ServiceLaunch.of(SuiteService.VOLUME_ALLOCATION_SERVICE, settings, infrastructure,
                Path.of("java"));

        // MDS moved to 9085 in these settings
        assertThat(vas.environment()).contains(entry("MDS_URL", "http://localhost:9085"), entry("DB_USER", "vas"));
    }

    @Test
    void adds_the_configured_environment_of_the_service_over_its_own() {
        ServiceLaunch registration = ServiceLaunch.of(SuiteService.REGISTRATION_SERVICE, settings, infrastructure,
                Path.of("java"));

        assertThat(registration.environment()).contains(entry("REG_OPERATOR_TOKEN", "s3cret"),
                entry("DB_POOL_SIZE", "3"), entry("DB_USER", "registration"));
        assertThat(ServiceLaunch.of(SuiteService.DATA_SERVICE, settings, infrastructure, Path.of("java"))
                .environment()).doesNotContainKey("REG_OPERATOR_TOKEN");
    }

    @Test
    void only_the_gateway_is_probed_over_https_first() {
        Path java = Path.of("java");
        assertThat(ServiceLaunch.of(SuiteService.DIP_GATEWAY, settings, infrastructure, java).scheme())
                .isEqualTo(Scheme.AUTO);
        assertThat(ServiceLaunch.of(SuiteService.DATA_SERVICE, settings, infrastructure, java).scheme())
                .isEqualTo(Scheme.HTTP);
    }
}
