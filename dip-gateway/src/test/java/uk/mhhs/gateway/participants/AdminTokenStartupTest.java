package uk.mhhs.gateway.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import uk.mhhs.gateway.DipGatewayApplication;
import uk.mhhs.testsupport.RealServersProperties;

/**
 * Whoever holds the admin token can register a participant and send in its name: outside the local profile the
 * gateway does not start with a weak one (under 32 characters, or under 8 different ones). Empty (admin API off)
 * starts; so does a weak token in the local profile, with a warning.
 */
class AdminTokenStartupTest {

    @Test
    void the_gateway_refuses_to_start_with_a_short_admin_token() {
        Map<String, Object> properties = new HashMap<>(RealServersProperties.forName("dip_gateway_weak_token"));
        properties.put("mhhs.gateway.participants.admin-token", "short-admin-token");
        properties.put("mhhs.gateway.security.signing.generated-directory", "");
        properties.put("spring.kafka.listener.auto-startup", "false");
        SpringApplicationBuilder gateway = new SpringApplicationBuilder(DipGatewayApplication.class)
                .web(WebApplicationType.NONE);
        // As command-line arguments: they win over application.yml, as the test's own settings must
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);

        assertThatThrownBy(() -> {
            try (ConfigurableApplicationContext started = gateway.run(arguments)) {
                assertThat(started.isActive()).as("started with a weak admin token").isFalse();
            }
        }).rootCause().isInstanceOf(IllegalStateException.class).hasMessage(
                "mhhs.gateway.participants.admin-token (DIP_ADMIN_TOKEN) must be at least 32 characters long, not 17;"
                        + " the admin API will not start with a weak token");
    }

    @Test
    void a_weak_token_is_refused_outside_the_local_profile_and_accepted_in_it() {
        ParticipantsProperties weak = properties("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        assertThatThrownBy(() -> new AdminTokenCheck(weak, new StandardEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must hold at least 8 different characters, not 1");

        StandardEnvironment local = new StandardEnvironment();
        local.setActiveProfiles("local");
        new AdminTokenCheck(weak, local);
        new AdminTokenCheck(properties(""), new StandardEnvironment());
        new AdminTokenCheck(properties(null), new StandardEnvironment());
        new AdminTokenCheck(properties("test-admin-token-7Qm2xV9pLk4sRt8Wz"), new StandardEnvironment());
    }

    private static ParticipantsProperties properties(String adminToken) {
        return new ParticipantsProperties(adminToken, java.time.Duration.ofSeconds(30), "unused");
    }
}
