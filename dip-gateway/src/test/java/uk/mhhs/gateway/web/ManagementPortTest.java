package uk.mhhs.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;

/**
 * Actuator lives on the management port ({@code management.server.port}; random in the tests, 9443 as shipped), not
 * on the participants' port, which keeps only the probes {@code /livez} and {@code /readyz}.
 */
@GatewayIntegrationTest
class ManagementPortTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;

    @Test
    void ships_with_actuator_on_a_plain_HTTP_port_of_its_own_bound_to_localhost() throws Exception {
        PropertySource<?> shipped = new YamlPropertySourceLoader().load("shipped",
                new ClassPathResource("application.yml")).get(0);

        assertThat(shipped.getProperty("management.server.port")).hasToString("${MANAGEMENT_PORT:9443}");
        assertThat(shipped.getProperty("management.server.address")).hasToString("${MANAGEMENT_ADDRESS:127.0.0.1}");
        assertThat(shipped.getProperty("management.server.ssl.enabled")).isEqualTo(false);
        assertThat(shipped.getProperty("management.endpoint.health.probes.add-additional-paths")).isEqualTo(true);
    }

    @Test
    void serves_metrics_and_health_on_the_management_port_only() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/health",
            "/actuator/info"}) {
            assertThat(get(port, path).statusCode()).as("participants' port " + path).isEqualTo(404);
        }

        HttpResponse<String> prometheus = get(managementPort, "/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("application=\"dip-gateway\"");
        assertThat(get(managementPort, "/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void keeps_the_liveness_and_readiness_probes_on_the_participants_port() throws Exception {
        assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get(port, "/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
