package uk.mhhs.mds;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.dipclient.access.AccessPolicy;
import uk.mhhs.dipclient.access.ServiceAccess;

/**
 * Who may call MDS's own API (README "Security"): a run's aggregates (JSON or CSV) need a read-only token, making
 * a run needs operator (VAS holds MDS's operator token, {@code mhhs.vas.mds.token}, for both); anything else is
 * admin's by default. Refusals are {@code {"error": "..."}}.
 */
@Configuration(proxyBeanMethods = false)
class MdsAccess {

    @Bean
    ServiceAccess mdsServiceAccess() {
        AccessPolicy policy = AccessPolicy.builder()
                .readOnly("GET", "/mds/**")
                .operator("POST", "/mds/v1/runs")
                .build();
        return new ServiceAccess("MDS", "X-MDS-Operator-Token", policy, ServiceAccess.errorMessage());
    }
}
