package uk.mhhs.testsupport;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What every deployable service must show once started: its own Flyway schema, health UP, Prometheus metrics. */
public final class ServiceChecks {

    private ServiceChecks() {
    }

    /**
     * @param environment the running application's environment (for {@code local.management.port} when actuator has a
     *                    port of its own, as the gateway's does, else {@code local.server.port}; plain HTTP)
     * @param jdbc        its JdbcTemplate
     * @param schema      the schema it owns, e.g. {@code mds}
     * @param application its {@code spring.application.name}, expected as the {@code application} metric tag
     */
    public static void assertRunsWithOwnSchemaHealthAndPrometheus(Environment environment, JdbcTemplate jdbc,
                                                                  String schema, String application) {
        Integer migrations = jdbc.queryForObject(
                "select count(*) from " + schema + ".flyway_schema_history where success", Integer.class);
        assertThat(migrations).as("applied migrations in schema " + schema).isGreaterThanOrEqualTo(1);

        String port = environment.getProperty("local.management.port", environment.getProperty("local.server.port"));
        assertThat(get(port, "/actuator/health")).contains("\"status\":\"UP\"");
        assertThat(get(port, "/actuator/prometheus")).contains("jvm_memory_used_bytes")
                .contains("application=\"" + application + "\"");
    }

    private static String get(String port, String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
