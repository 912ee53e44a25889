package uk.mhhs.localsuite;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import uk.mhhs.localsuite.health.Scheme;
import uk.mhhs.localsuite.services.SuiteService;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalSuitePropertiesTest {

    @Test
    void defaults_are_the_architecture_ports_and_the_target_build_directory() {
        LocalSuiteProperties settings = bind(Map.of());

        assertThat(SuiteService.inStartOrder()).extracting(settings::port)
                .containsExactly(8443, 8081, 8082, 8083, 8084, 8085, 8086);
        assertThat(settings.postgresPort()).isEqualTo(5432);
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.gatewayScheme()).isEqualTo(Scheme.AUTO);
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofMinutes(3));
        assertThat(settings.selectedServices()).containsExactly(SuiteService.values());
        assertThat(settings.execJar(SuiteService.DATA_SERVICE)).isEqualTo(Path.of("").toAbsolutePath()
                .resolve("data-service/target/data-service-0.1.0-SNAPSHOT-exec.jar"));
        assertThat(settings.homeDirectory()).isEqualTo(Path.of("").toAbsolutePath().resolve(".local-suite"));
    }

    @Test
    void ports_build_directory_scheme_and_services_can_be_overridden() {
        LocalSuiteProperties settings = bind(Map.of(
                "local-suite.ports.data-service", "9083",
                "local-suite.build-dir", "target-ops",
                "local-suite.project-dir", "/srv/mhhs",
                "local-suite.gateway-scheme", "http",
                "local-suite.services", "dip-gateway,market-wide-data-service",
                "local-suite.startup-timeout", "90s"));

        assertThat(settings.port(SuiteService.DATA_SERVICE)).isEqualTo(9083);
        assertThat(settings.port(SuiteService.LOAD_SHAPING_SERVICE)).isEqualTo(8084);
        assertThat(settings.gatewayScheme()).isEqualTo(Scheme.HTTP);
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.selectedServices())
                .containsExactly(SuiteService.DIP_GATEWAY, SuiteService.MARKET_WIDE_DATA_SERVICE);
        assertThat(settings.execJar(SuiteService.DIP_GATEWAY))
                .isEqualTo(Path.of("/srv/mhhs/dip-gateway/target-ops/dip-gateway-0.1.0-SNAPSHOT-exec.jar"));
        assertThat(settings.logDirectory()).isEqualTo(Path.of("/srv/mhhs/.local-suite/logs"));
    }

    @Test
    void rejects_a_service_it_does_not_know() {
        assertThatThrownBy(() -> bind(Map.of("local-suite.ports.billing-service", "9999")))
                .hasRootCauseMessage("unknown service 'billing-service'; known: [dip-gateway, industry-standing-data,"
                        + " registration-service, data-service, load-shaping-service, market-wide-data-service,"
                        + " volume-allocation-service]");
    }

    private static LocalSuiteProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("local-suite", LocalSuiteProperties.class);
    }
}
