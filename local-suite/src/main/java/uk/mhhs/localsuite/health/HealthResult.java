package uk.mhhs.localsuite.health;

import java.net.URI;

/**
 * What waiting for a service's health found.
 *
 * @param status  UP, or why not
 * @param baseUrl where the service answered ({@code https://localhost:8443}); the expected address when
 *                it never answered
 * @param detail  a short human explanation, empty when UP
 * @param healthPath where health was read, e.g. {@code /actuator/health} or the gateway's {@code /readyz}
 */
public record HealthResult(Status status, URI baseUrl, String detail, String healthPath) {

    /** With health at {@code /actuator/health}. */
    public HealthResult(Status status, URI baseUrl, String detail) {
        this(status, baseUrl, detail, "/actuator/health");
    }

    /** How waiting ended. */
    public enum Status {
        /** The health path answered 200 with status UP. */
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
        return baseUrl.resolve(healthPath);
    }
}
