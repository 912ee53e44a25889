package uk.mhhs.isd;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.access.TokenCalls;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.testsupport.access.TokenCalls.ADMIN_TOKEN;
import static uk.mhhs.testsupport.access.TokenCalls.OPERATOR_TOKEN;
import static uk.mhhs.testsupport.access.TokenCalls.READ_TOKEN;

/**
 * Who may call ISD's API on the real server: its queries need a read-only token, a version import the admin one
 * (a new version changes what every service validates against). Refusals come in the import's problem shape.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(database = "isd")
class IsdAccessTest {

    @LocalServerPort
    int port;

    @Test
    void queries_need_a_read_token_and_imports_the_admin_token() throws Exception {
        TokenCalls isd = TokenCalls.onPort(port);
        var anonymous = isd.get("/isd/v1/versions", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"code\":\"ISD0014\"").contains("token missing");
        assertThat(isd.get("/isd/v1/versions", READ_TOKEN).statusCode()).isEqualTo(200);
        assertThat(isd.get("/isd/v1/versions", "not-a-token").statusCode()).isEqualTo(401);

        // an empty ZIP: once past the gate it is refused as ISD0013 (no rows), so nothing is imported
        byte[] empty = IsdHttp.zip(Map.of());
        String imports = "/isd/v1/versions?description=access&effectiveFrom=2030-01-01";
        var asReader = isd.post(imports, READ_TOKEN, "application/zip", empty);
        assertThat(asReader.statusCode()).isEqualTo(403);
        assertThat(asReader.body()).contains("\"code\":\"ISD0015\"").contains("needs the admin role");
        assertThat(isd.post(imports, OPERATOR_TOKEN, "application/zip", empty).statusCode()).isEqualTo(403);
        var asAdmin = isd.post(imports, ADMIN_TOKEN, "application/zip", empty);
        assertThat(asAdmin.statusCode()).isEqualTo(422);
        assertThat(asAdmin.body()).contains("ISD0013");
    }
}
