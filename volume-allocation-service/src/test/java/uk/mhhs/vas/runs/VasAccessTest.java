package uk.mhhs.vas.runs;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.access.TokenCalls;
import uk.mhhs.testsupport.time.MutableClockConfiguration;
import uk.mhhs.vas.it.VasHttp;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.testsupport.access.TokenCalls.OPERATOR_TOKEN;
import static uk.mhhs.testsupport.access.TokenCalls.READ_TOKEN;

/**
 * Who may call VAS's API on the real server: runs, results and GSP Group Take reads need read-only, a run request
 * the operator token. RunApiTest's context (the worker off, so the requested run stays REQUESTED).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mhhs.vas.worker.enabled=false", "mhhs.scheduler.enabled=false",
        "mhhs.vas.operator-token=" + VasHttp.TOKEN})
@RealServers(database = "vas_runs")
@Import(MutableClockConfiguration.class)
class VasAccessTest {

    @LocalServerPort
    int port;

    @Test
    void reads_need_a_read_token_and_run_requests_the_operator_token() {
        TokenCalls vas = TokenCalls.onPort(port);
        var anonymous = vas.get("/vas/v1/runs?settlementDate=2019-01-01", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"error\":\"token missing: send a read-only token");
        assertThat(vas.get("/vas/v1/runs?settlementDate=2019-01-01", READ_TOKEN).statusCode()).isEqualTo(200);
        assertThat(vas.get("/vas/v1/gsp-group-take?settlementDate=2019-01-01", null).statusCode()).isEqualTo(401);

        byte[] request = "{\"settlementDate\":\"2019-01-01\",\"runType\":\"SF\"}".getBytes(StandardCharsets.UTF_8);
        var asReader = vas.post("/vas/v1/runs", READ_TOKEN, "application/json", request);
        assertThat(asReader.statusCode()).isEqualTo(403);
        assertThat(asReader.body()).contains("needs the operator role");
        assertThat(vas.post("/vas/v1/runs", OPERATOR_TOKEN, "application/json", request).statusCode())
                .isEqualTo(202);
    }
}
