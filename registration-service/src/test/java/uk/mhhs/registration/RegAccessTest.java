package uk.mhhs.registration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.access.TokenCalls;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.testsupport.access.TokenCalls.ADMIN_TOKEN;
import static uk.mhhs.testsupport.access.TokenCalls.OPERATOR_TOKEN;
import static uk.mhhs.testsupport.access.TokenCalls.READ_TOKEN;

/**
 * Who may call REGS's API on the real server: reads need a read-only token, the operators' inputs (here the
 * scheduler) the operator token, and a path no rule names the admin token. Refusals come as {@link RegError}s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(database = "registration")
class RegAccessTest {

    @LocalServerPort
    int port;

    @Test
    void reads_need_a_read_token_operations_the_operator_token_and_unnamed_paths_the_admin_token() {
        TokenCalls regs = TokenCalls.onPort(port);
        String read = "/registration/v1/migrations/999999999/rejections";
        var anonymous = regs.get(read, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"message\":\"token missing\"");
        assertThat(regs.get(read, READ_TOKEN).statusCode()).isEqualTo(200);

        byte[] none = new byte[0];
        var asReader = regs.post("/registration/v1/scheduler/runs", READ_TOKEN, "application/json", none);
        assertThat(asReader.statusCode()).isEqualTo(403);
        assertThat(asReader.body()).contains("needs the operator role");
        assertThat(regs.post("/registration/v1/scheduler/runs", OPERATOR_TOKEN, "application/json", none)
                .statusCode()).isEqualTo(200);

        // deny by default: a path no rule names is the admin's alone (past the gate there is no such endpoint)
        assertThat(regs.post("/registration/v1/no-such-call", OPERATOR_TOKEN, "application/json", none)
                .statusCode()).isEqualTo(403);
        assertThat(regs.post("/registration/v1/no-such-call", ADMIN_TOKEN, "application/json", none)
                .statusCode()).isEqualTo(404);
    }
}
