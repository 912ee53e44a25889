package uk.mhhs.dipclient.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tokens of the three roles ({@code mhhs.access.*}). Each service's application.yml reads them from the
 * environment ({@code <SVC>_READ_TOKEN}, {@code <SVC>_OPERATOR_TOKEN}, {@code <SVC>_ADMIN_TOKEN}); a blank token
 * leaves its role closed, so a service with none refuses every protected call.
 */
@ConfigurationProperties("mhhs.access")
public record AccessProperties(String readToken, String operatorToken, String adminToken) {

    public RoleTokens tokens() {
        return RoleTokens.of(readToken, operatorToken, adminToken);
    }
}
