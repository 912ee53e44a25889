package uk.mhhs.dataservice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.dipclient.access.AccessPolicy;
import uk.mhhs.dipclient.access.ServiceAccess;

import java.util.Map;

/**
 * Who may call the data service's own API (README "Security"): the MDS feedback list needs a read-only token;
 * meter data (the collector), the UMSO inventory and processing runs need operator. Anything else is admin's by
 * default. Refusals keep the API's {@code {"error", "hint"}} shape.
 */
@Configuration(proxyBeanMethods = false)
class DataServiceAccess {

    @Bean
    ServiceAccess dsServiceAccess() { // not dataServiceAccess: that is this configuration class's own bean name
        AccessPolicy policy = AccessPolicy.builder()
                .readOnly("GET", "/data-service/v1/**")
                .operator("POST", "/data-service/v1/meter-data", "/data-service/v1/processing/runs")
                .operator("PUT", "/data-service/v1/unmetered/*/inventory")
                .build();
        return new ServiceAccess("DS", "X-DS-Operator-Token", policy,
                refusal -> Map.of("error", refusal.problem(), "hint", refusal.hint()));
    }
}
