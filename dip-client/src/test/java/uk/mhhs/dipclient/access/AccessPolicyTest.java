package uk.mhhs.dipclient.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.dipclient.access.AccessPolicy.Outcome.ALLOWED;

/** One row per caller role x kind of endpoint: who gets through, who gets 401, who gets 403. */
class AccessPolicyTest {

    /** A service shaped like the real ones: reads, operations, one admin import, one open page. */
    private static final AccessPolicy POLICY = AccessPolicy.builder()
            .open("GET", "/runs.html")
            .readOnly("GET", "/svc/v1/**")
            .operator("POST", "/svc/v1/runs", "/svc/v1/runs/*/cancel")
            .admin("POST", "/svc/v1/imports")
            .build();

    @ParameterizedTest(name = "{0} {1} by {2} -> {3}")
    @CsvSource({
            // kind: probes and the metrics scrape are open to all, token or none
            "GET,  /actuator/health,           none,      ALLOWED",
            "GET,  /actuator/health/readiness, none,      ALLOWED",
            "GET,  /livez,                     none,      ALLOWED",
            "GET,  /readyz,                    none,      ALLOWED",
            "GET,  /actuator/prometheus,       none,      ALLOWED",
            "GET,  /actuator/health,           READ_ONLY, ALLOWED",
            // kind: an explicitly open page
            "GET,  /runs.html,                 none,      ALLOWED",
            // kind: other actuator reads need read-only
            "GET,  /actuator/metrics,          none,      UNAUTHENTICATED",
            "GET,  /actuator/metrics,          READ_ONLY, ALLOWED",
            // kind: a read (HEAD is judged as GET)
            "GET,  /svc/v1/runs,               none,      UNAUTHENTICATED",
            "GET,  /svc/v1/runs,               READ_ONLY, ALLOWED",
            "GET,  /svc/v1/runs,               OPERATOR,  ALLOWED",
            "GET,  /svc/v1/runs,               ADMIN,     ALLOWED",
            "HEAD, /svc/v1/runs/7,             none,      UNAUTHENTICATED",
            "HEAD, /svc/v1/runs/7,             READ_ONLY, ALLOWED",
            // kind: an operation
            "POST, /svc/v1/runs,               none,      UNAUTHENTICATED",
            "POST, /svc/v1/runs,               READ_ONLY, FORBIDDEN",
            "POST, /svc/v1/runs,               OPERATOR,  ALLOWED",
            "POST, /svc/v1/runs,               ADMIN,     ALLOWED",
            "POST, /svc/v1/runs/7/cancel,      READ_ONLY, FORBIDDEN",
            "POST, /svc/v1/runs/7/cancel,      OPERATOR,  ALLOWED",
            // kind: an admin change
            "POST, /svc/v1/imports,            none,      UNAUTHENTICATED",
            "POST, /svc/v1/imports,            READ_ONLY, FORBIDDEN",
            "POST, /svc/v1/imports,            OPERATOR,  FORBIDDEN",
            "POST, /svc/v1/imports,            ADMIN,     ALLOWED",
            // kind: a path no rule names (a new endpoint) is admin's alone until given a role
            "POST, /svc/v1/something-new,      OPERATOR,  FORBIDDEN",
            "PUT,  /svc/v1/runs,               OPERATOR,  FORBIDDEN",
            "GET,  /elsewhere,                 READ_ONLY, FORBIDDEN",
            "GET,  /elsewhere,                 none,      UNAUTHENTICATED",
            "POST, /svc/v1/something-new,      ADMIN,     ALLOWED",
            // an open GET is not an open POST, nor are the probes
            "POST, /runs.html,                 none,      UNAUTHENTICATED",
            "POST, /actuator/health,           none,      UNAUTHENTICATED",
    })
    void decides_by_the_callers_role_and_the_endpoints_kind(String method, String path, String caller,
                                                            AccessPolicy.Outcome expected) {
        Optional<Role> role = caller.equals("none") ? Optional.empty() : Optional.of(Role.valueOf(caller));
        assertThat(POLICY.decide(method, path, role)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} needs {2}")
    @CsvSource({
            "GET,  /livez,                  public",
            "GET,  /svc/v1/runs,            READ_ONLY",
            "POST, /svc/v1/runs,            OPERATOR",
            "POST, /svc/v1/imports,         ADMIN",
            "DELETE, /svc/v1/runs,          ADMIN",
    })
    void names_the_role_each_call_needs(String method, String path, String role) {
        assertThat(POLICY.required(method, path).map(Role::name).orElse("public")).isEqualTo(role);
        assertThat(POLICY.decide(method, path, Optional.of(Role.ADMIN))).isEqualTo(ALLOWED);
    }
}
