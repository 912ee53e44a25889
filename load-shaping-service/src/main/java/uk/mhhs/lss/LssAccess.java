package uk.mhhs.lss;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.dipclient.access.AccessPolicy;
import uk.mhhs.dipclient.access.ServiceAccess;

/**
 * Who may call LSS's own API (README "Security"): the load-shape reads and the runs list need a read-only token,
 * a calculation needs operator; anything else is admin's by default. Refusals are {@code {"error": "..."}}.
 */
@Configuration(proxyBeanMethods = false)
class LssAccess {

    @Bean
    ServiceAccess lssServiceAccess() {
        AccessPolicy policy = AccessPolicy.builder()
                .readOnly("GET", "/lss/**")
                .operator("POST", "/lss/v1/calculations")
                .build();
        return new ServiceAccess("LSS", "X-LSS-Operator-Token", policy, ServiceAccess.errorMessage());
    }
}
