package uk.mhhs.lss;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.access.TokenCalls;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.testsupport.access.TokenCalls.OPERATOR_TOKEN;
import static uk.mhhs.testsupport.access.TokenCalls.READ_TOKEN;

/** Who may call LSS's API on the real server: reads need read-only, a calculation operator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers
class LssAccessTest {

    @LocalServerPort
    int port;

    @Test
    void reads_need_a_read_token_and_calculations_the_operator_token() {
        TokenCalls lss = TokenCalls.onPort(port);
        // a date with no data: the calculation finds no sample and stores nothing
        var anonymous = lss.get("/lss/v1/runs?date=2019-01-01", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"error\":\"token missing: send a read-only token");
        assertThat(lss.get("/lss/v1/runs?date=2019-01-01", READ_TOKEN).statusCode()).isEqualTo(200);
        assertThat(lss.get("/lss/load-shape-totals?date=2019-01-01", null).statusCode()).isEqualTo(401);

        byte[] none = new byte[0];
        var asReader = lss.post("/lss/v1/calculations?date=2019-01-01", READ_TOKEN, "application/json", none);
        assertThat(asReader.statusCode()).isEqualTo(403);
        assertThat(asReader.body()).contains("needs the operator role");
        assertThat(lss.post("/lss/v1/calculations?date=2019-01-01", OPERATOR_TOKEN, "application/json", none)
                .statusCode()).isEqualTo(200);
    }
}
