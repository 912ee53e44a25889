package uk.mhhs.localsuite.health;

import java.net.URI;

/**
 * What waiting for a service's health found.
 *
 * @param status  UP, or why not
 * @param baseUrl where the service answered ({@code https://localhost:8443}); the expected address when
 *                it never answered
 * @param detail  a short human explanation, empty when UP
 */
public record HealthResult(Status status, URI baseUrl, String detail) {

    /** How waiting ended. */
    public enum Status {
        /** {@code /actuator/health} answered 200 with status UP. */
        UP,
        /** The process ended before it was UP. */
        EXITED,
        /** Still not UP when the time ran out. */
        TIMED_OUT
    }

    public boolean isUp() {
        return status == Status.UP;
    }

    public URI healthUrl() {
        return baseUrl.resolve("/actuator/health");
    }

    public URI prometheusUrl() {
        return baseUrl.resolve("/actuator/prometheus");
    }
}
