package uk.mhhs.gateway.participants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a weak {@code mhhs.gateway.participants.admin-token} ({@link SecretStrength}): whoever holds
 * it can register a participant and send in its name. Empty (admin API off) is fine; profile {@code local} only
 * warns, so a development run can keep a short token.
 */
@Component
class AdminTokenCheck {

    private static final Logger log = LoggerFactory.getLogger(AdminTokenCheck.class);

    AdminTokenCheck(ParticipantsProperties properties, Environment environment) {
        String token = properties.adminToken();
        if (token == null || token.isBlank()) {
            return;
        }
        SecretStrength.weakness(token, "mhhs.gateway.participants.admin-token (DIP_ADMIN_TOKEN)").ifPresent(weakness -> {
            if (!environment.matchesProfiles("local")) {
                throw new IllegalStateException(weakness + "; the admin API will not start with a weak token");
            }
            log.warn("LOCAL profile: {}; accepted here only", weakness);
        });
    }
}
