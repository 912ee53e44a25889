package uk.mhhs.registration.process.ldso;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the operator change APIs' error answers. */
public final class DistributorChangeTestSupport {

    private DistributorChangeTestSupport() {
    }

    /** The answer has {@code status} and the body {@code {code, message, reason}} (code {@code null} for 401). */
    public static void assertRefused(HttpResponse<String> response, int status, String code, String message, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JsonMapper.shared().readTree(response.body());
        if (code == null) {
            assertThat(error.path("code").isNull()).isTrue();
        } else {
            assertThat(error.path("code").asString()).isEqualTo(code);
        }
        assertThat(error.path("message").asString()).isEqualTo(message);
        assertThat(error.path("reason").asString()).isEqualTo(reason);
    }
}
