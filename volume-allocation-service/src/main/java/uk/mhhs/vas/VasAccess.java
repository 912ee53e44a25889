package uk.mhhs.vas;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.dipclient.access.AccessPolicy;
import uk.mhhs.dipclient.access.ServiceAccess;

/**
 * Who may call VAS's own API (README "Security"): runs, results, comparisons and GSP Group Take reads need a
 * read-only token; requesting, cancelling and retrying a run and uploading a GSP Group Take need operator. The
 * operators' run page ({@code /vas/operator/**}: static HTML, script and style, no data of their own) is open: the
 * data it shows comes from the read-only API with the token the operator enters there.
 * Anything else is admin's by default. Refusals are {@code {"error": "..."}}.
 */
@Configuration(proxyBeanMethods = false)
class VasAccess {

    @Bean
    ServiceAccess vasServiceAccess() {
        AccessPolicy policy = AccessPolicy.builder()
                .open("GET", "/vas/operator/**")
                .readOnly("GET", "/vas/**")
                .operator("POST", "/vas/v1/runs", "/vas/v1/runs/*/cancel", "/vas/v1/runs/*/retry",
                        "/vas/v1/gsp-group-take")
                .build();
        return new ServiceAccess("VAS", "X-VAS-Operator-Token", policy, ServiceAccess.errorMessage());
    }
}
