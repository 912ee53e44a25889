package uk.mhhs.registration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.ServiceChecks;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(database = "registration")
class RegistrationServiceApplicationTest {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void starts_on_real_servers_with_its_own_schema_health_and_prometheus() {
        ServiceChecks.assertRunsWithOwnSchemaHealthAndPrometheus(environment, jdbc, "registration", "registration-service");
    }
}
