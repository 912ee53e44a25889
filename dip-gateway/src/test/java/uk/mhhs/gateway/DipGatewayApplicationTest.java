package uk.mhhs.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;
import uk.mhhs.testsupport.ServiceChecks;

/** Runs in the shared context of the gateway's integration tests (one context per test JVM). */
@GatewayIntegrationTest
class DipGatewayApplicationTest {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void starts_on_real_servers_with_its_own_schema_health_and_prometheus() {
        ServiceChecks.assertRunsWithOwnSchemaHealthAndPrometheus(environment, jdbc, "dip", "dip-gateway");
    }
}
