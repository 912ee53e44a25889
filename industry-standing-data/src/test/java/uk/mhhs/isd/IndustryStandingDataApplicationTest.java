package uk.mhhs.isd;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.testsupport.RealServers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(database = "isd")
class IndustryStandingDataApplicationTest {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void starts_on_real_servers_with_its_own_schema_health_and_prometheus() throws Exception {
        Integer migrations = jdbc.queryForObject(
                "select count(*) from isd.flyway_schema_history where success", Integer.class);
        assertThat(migrations).isGreaterThanOrEqualTo(1);

        assertThat(get("/actuator/health")).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/prometheus")).contains("jvm_memory_used_bytes")
                .contains("application=\"industry-standing-data\"");
    }

    private String get(String path) throws Exception {
        String port = environment.getProperty("local.server.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
