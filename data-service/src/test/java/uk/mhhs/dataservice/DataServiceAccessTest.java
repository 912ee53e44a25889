package uk.mhhs.dataservice;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.access.TokenCalls;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.testsupport.access.TokenCalls.OPERATOR_TOKEN;
import static uk.mhhs.testsupport.access.TokenCalls.READ_TOKEN;

/** Who may call the data service's API on the real server: feedback reads need read-only, processing operator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers
class DataServiceAccessTest {

    @LocalServerPort
    int port;

    @Test
    void reads_need_a_read_token_and_processing_the_operator_token() {
        TokenCalls ds = TokenCalls.onPort(port);
        var anonymous = ds.get("/data-service/v1/mds-feedback?limit=1", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"error\":\"token missing\"").contains("\"hint\"");
        assertThat(ds.get("/data-service/v1/mds-feedback?limit=1", READ_TOKEN).statusCode()).isEqualTo(200);

        byte[] none = new byte[0];
        var asReader = ds.post("/data-service/v1/processing/runs", READ_TOKEN, "application/json", none);
        assertThat(asReader.statusCode()).isEqualTo(403);
        assertThat(asReader.body()).contains("needs the operator role");
        assertThat(ds.post("/data-service/v1/processing/runs", OPERATOR_TOKEN, "application/json", none)
                .statusCode()).isEqualTo(200);
    }
}
