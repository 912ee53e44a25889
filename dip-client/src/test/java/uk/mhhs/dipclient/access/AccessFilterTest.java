package uk.mhhs.dipclient.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter's reading of the presented token and its answers; the role decisions are AccessPolicyTest's. */
@ExtendWith(OutputCaptureExtension.class)
class AccessFilterTest {

    private final AccessFilter filter = new AccessFilter(new ServiceAccess("SVC", "X-SVC-Operator-Token",
            AccessPolicy.builder().readOnly("GET", "/svc/**").operator("POST", "/svc/runs").build(),
            refusal -> Map.of("status", refusal.status(), "error", refusal.message())),
            RoleTokens.of("read-secret", "operator-secret", "admin-secret"));

    @Test
    void the_token_is_taken_from_bearer_the_services_header_or_a_basic_password() throws Exception {
        assertThat(call("GET", "/svc/runs", "Authorization", "Bearer read-secret").getStatus()).isEqualTo(200);
        assertThat(call("POST", "/svc/runs", "X-SVC-Operator-Token", "operator-secret").getStatus()).isEqualTo(200);
        assertThat(call("POST", "/svc/runs", "X-SVC-Operator-Token", "admin-secret").getStatus())
                .as("a higher role's token in the operator header").isEqualTo(200);
        String basic = Base64.getEncoder().encodeToString("anyone:read-secret".getBytes(StandardCharsets.UTF_8));
        assertThat(call("GET", "/svc/runs", "Authorization", "Basic " + basic).getStatus()).isEqualTo(200);
    }

    @Test
    void no_token_is_401_with_a_challenge_in_the_apis_error_shape() throws Exception {
        MockHttpServletResponse response = call("GET", "/svc/runs", "X-Other", "x");
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer realm=\"SVC\"");
        assertThat(response.getContentAsString()).contains("\"status\":401").contains("token missing")
                .contains("read-only token").contains("X-SVC-Operator-Token");
    }

    @Test
    void a_read_token_on_an_operation_is_403_and_the_log_never_shows_a_token(CapturedOutput output)
            throws Exception {
        MockHttpServletResponse response = call("POST", "/svc/runs", "Authorization", "Bearer read-secret");
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString())
                .contains("a read-only token may not make this call: POST /svc/runs needs the operator role");
        MockHttpServletResponse unknown = call("GET", "/svc/runs", "Authorization", "Bearer guessed-secret");
        assertThat(unknown.getStatus()).isEqualTo(401);
        assertThat(unknown.getContentAsString()).contains("token unknown");
        assertThat(output.getOut() + output.getErr()).contains("SVC refused POST /svc/runs")
                .contains("SVC refused GET /svc/runs").doesNotContain("read-secret").doesNotContain("guessed-secret");
    }

    private MockHttpServletResponse call(String method, String path, String header, String value) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader(header, value);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
