package uk.mhhs.mds;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.process.InboundDispatcher;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.ServiceChecks;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers
class MarketWideDataServiceApplicationTest {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InboundDispatcher dispatcher;

    @Test
    void starts_on_real_servers_with_its_own_schema_health_and_prometheus() {
        ServiceChecks.assertRunsWithOwnSchemaHealthAndPrometheus(environment, jdbc, "mds", "market-wide-data-service");
    }

    @Test
    void keeps_lss_load_shapes_with_the_kits_consumer() {
        assertThat(dispatcher.interfaces()).contains("IF-022", "IF-023");
        assertThat(jdbc.queryForObject("select count(*) from mds.load_shape", Integer.class)).isZero();
    }
}
