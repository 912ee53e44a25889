package uk.mhhs.registration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.dipclient.access.AccessPolicy;
import uk.mhhs.dipclient.access.ServiceAccess;

/**
 * Who may call REGS's own API (README "Security"; participants reach REGS only through the DIP): reads need a
 * read-only token; the operators' inputs standing in for CSS and LDSO systems (secured registrations,
 * withdrawals, de-registrations, (dis)connections, distributor and segment changes), the scheduler and the
 * migration import need operator. The migration is an operator's job, not an admin's: every row passes the same
 * rules as a registration, a file imported twice changes nothing, and the demo day and the go-live runbook run
 * it with the operator token. Anything else is admin's by default. Refusals are {@link RegError}s without a REG
 * code (no code in the catalogue fits).
 */
@Configuration(proxyBeanMethods = false)
class RegAccess {

    @Bean
    ServiceAccess registrationServiceAccess() {
        AccessPolicy policy = AccessPolicy.builder()
                .readOnly("GET", "/registration/v1/**")
                .operator("POST", "/registration/v1/migrations", "/registration/v1/migrations/*/announcement",
                        "/registration/v1/css/registrations", "/registration/v1/css/registrations/*/withdrawal",
                        "/registration/v1/css/deregistrations", "/registration/v1/mpans/*/disconnections",
                        "/registration/v1/mpans/*/reconnections", "/registration/v1/mpans/*/distributor-changes",
                        "/registration/v1/mpans/*/segment-changes", "/registration/v1/scheduler/runs")
                .build();
        return new ServiceAccess("REGS", "X-REG-Operator-Token", policy,
                refusal -> new RegError(null, refusal.problem(), refusal.hint()));
    }
}
