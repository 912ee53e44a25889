package uk.mhhs.localsuite;

import org.junit.jupiter.api.Test;
import uk.mhhs.localsuite.health.HealthResult;
import uk.mhhs.localsuite.health.Scheme;
import uk.mhhs.localsuite.services.ServiceLaunch;
import uk.mhhs.localsuite.services.ServiceStatus;
import uk.mhhs.localsuite.services.SuiteService;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PortTableTest {

    private final Path project = Path.of("/work/project");

    @Test
    void lists_every_service_with_its_urls_then_the_shared_servers() {
        RunningSuite suite = new RunningSuite(List.of(
                up(SuiteService.DIP_GATEWAY, "https://localhost:8443"),
                up(SuiteService.MARKET_WIDE_DATA_SERVICE, "http://localhost:8085")),
                "jdbc:postgresql://localhost:5432/mhhs", "localhost:9092", project.resolve(".local-suite"));

        String table = PortTable.render(suite, project);

        assertThat(table.lines().toList()).startsWith(
                "SERVICE                   STATUS  URL                     HEALTH"
                        + "                                 PROMETHEUS",
                "dip-gateway               UP      https://localhost:8443  https://localhost:8443/readyz"
                        + "          http://localhost:9443/actuator/prometheus",
                "market-wide-data-service  UP      http://localhost:8085   http://localhost:8085/actuator/health"
                        + "  http://localhost:8085/actuator/prometheus");
        assertThat(table)
                .contains("PostgreSQL   jdbc:postgresql://localhost:5432/mhhs")
                .contains("Kafka        localhost:9092")
                .contains("Logs         .local-suite/logs/<service>.log")
                .contains("Data         .local-suite  (kept across restarts");
    }

    @Test
    void says_why_a_service_is_not_up() {
        ServiceLaunch launch = launch(SuiteService.DATA_SERVICE);
        ServiceStatus exited = new ServiceStatus(launch, new HealthResult(HealthResult.Status.EXITED,
                URI.create("http://localhost:8083"), "process ended before it was UP (ConnectException)"),
                Duration.ofSeconds(4), 1, "Parameter 0 of constructor in X required a bean of type 'Y'");
        RunningSuite suite = new RunningSuite(List.of(exited), "jdbc:postgresql://localhost:5432/mhhs",
                "localhost:9092", project.resolve(".local-suite"));

        String table = PortTable.render(suite, project);

        assertThat(table).contains("data-service  EXITED 1  http://localhost:8083")
                .contains("  data-service EXITED 1: Parameter 0 of constructor in X required a bean of type 'Y'");
        assertThat(suite.allUp()).isFalse();
    }

    private static ServiceStatus up(SuiteService service, String url) {
        return new ServiceStatus(launch(service), new HealthResult(HealthResult.Status.UP, URI.create(url), "",
                service.healthPath()), Duration.ofSeconds(10), -1, "");
    }

    private static ServiceLaunch launch(SuiteService service) {
        return new ServiceLaunch(service, service.defaultPort(), Scheme.HTTP, List.of("java", "-jar", "x.jar"),
                service == SuiteService.DIP_GATEWAY ? Map.of("MANAGEMENT_PORT", "9443") : Map.of(), Path.of("x.log"));
    }
}
