package uk.mhhs.localsuite.services;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReasonTest {

    @Test
    void prefers_spring_boots_failure_analysis() {
        assertThat(FailureReason.pick(List.of(
                "ERROR o.s.b.d.LoggingFailureAnalysisReporter :", "", "***************************",
                "APPLICATION FAILED TO START", "***************************", "", "Description:", "",
                "Web server failed to start. Port 8081 was already in use.", "", "Action:")))
                .isEqualTo("Web server failed to start. Port 8081 was already in use.");
    }

    @Test
    void else_takes_the_last_cause_of_a_stack_trace() {
        assertThat(FailureReason.pick(List.of("Exception in thread \"main\" java.lang.IllegalStateException: a",
                "Caused by: java.sql.SQLException: b", "\tat x.y(Z.java:1)",
                "Caused by: org.postgresql.util.PSQLException: password authentication failed for user \"mds\"",
                "\tat x.y(Z.java:2)")))
                .isEqualTo("org.postgresql.util.PSQLException: password authentication failed for user \"mds\"");
    }

    @Test
    void else_the_last_line() {
        assertThat(FailureReason.pick(List.of("Error: Unable to access jarfile x.jar", ""))).isEqualTo(
                "Error: Unable to access jarfile x.jar");
    }
}
