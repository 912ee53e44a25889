package uk.mhhs.mds;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.access.TokenCalls;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.testsupport.access.TokenCalls.OPERATOR_TOKEN;
import static uk.mhhs.testsupport.access.TokenCalls.READ_TOKEN;

/** Who may call MDS's API on the real server: aggregates need read-only, a run operator (VAS holds that token). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers
class MdsAccessTest {

    @LocalServerPort
    int port;

    @Test
    void aggregates_need_a_read_token_and_runs_the_operator_token() {
        TokenCalls mds = TokenCalls.onPort(port);
        String aggregates = "/mds/v1/runs/00000000-0000-0000-0000-000000000001/aggregates";
        var anonymous = mds.get(aggregates, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"error\":\"token missing: send a read-only token");
        assertThat(mds.get(aggregates, READ_TOKEN).statusCode()).isEqualTo(200);
        assertThat(mds.get(aggregates + ".csv", null).statusCode()).isEqualTo(401);

        // a date long before any test's data: the run aggregates nothing
        String run = "/mds/v1/runs?settlementDate=2019-01-01&runType=SF";
        var asReader = mds.post(run, READ_TOKEN, "application/json", new byte[0]);
        assertThat(asReader.statusCode()).isEqualTo(403);
        assertThat(asReader.body()).contains("needs the operator role");
        assertThat(mds.post(run, OPERATOR_TOKEN, "application/json", new byte[0]).statusCode()).isEqualTo(201);
    }
}
