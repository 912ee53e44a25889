package uk.mhhs.isd;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.dipclient.access.AccessPolicy;
import uk.mhhs.dipclient.access.ServiceAccess;
import uk.mhhs.isd.catalogue.IsdCode;
import uk.mhhs.isd.imports.ImportProblem;

import java.util.List;
import java.util.Map;

/**
 * Who may call ISD's API (README "Security"): every query and download needs a read-only token; importing a
 * version needs admin, because a new version changes the reference data every service validates against and
 * cannot be taken back (versions are immutable). Anything else is admin's by default. Refusals are import
 * problems: ISD0014 (401) and ISD0015 (403).
 */
@Configuration(proxyBeanMethods = false)
class IsdAccess {

    @Bean
    ServiceAccess isdServiceAccess() {
        AccessPolicy policy = AccessPolicy.builder()
                .readOnly("GET", "/isd/v1/**")
                .admin("POST", "/isd/v1/versions")
                .build();
        return new ServiceAccess("ISD", "X-ISD-Operator-Token", policy, refusal -> {
            IsdCode code = refusal.status() == 401 ? IsdCode.ISD0014 : IsdCode.ISD0015;
            return Map.of("problems", List.of(new ImportProblem("", 0, null, code.name(), refusal.message())));
        });
    }
}
