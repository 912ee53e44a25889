package uk.mhhs.localsuite.services;

import uk.mhhs.localsuite.health.HealthResult;

import java.time.Duration;

/**
 * How a service's start went.
 *
 * @param launch  how it was started
 * @param health  what waiting for its health found
 * @param elapsed from starting the process to the end of waiting
 * @param exitCode the process's exit code if it ended, else -1
 * @param failure  why it is not UP, from its log (empty when UP)
 */
public record ServiceStatus(ServiceLaunch launch, HealthResult health, Duration elapsed, int exitCode,
                            String failure) {

    public boolean isUp() {
        return health.isUp();
    }

    /** {@code UP}, {@code EXITED 1} or {@code NOT UP}, for the table. */
    public String label() {
        return switch (health.status()) {
            case UP -> "UP";
            case EXITED -> "EXITED " + exitCode;
            case TIMED_OUT -> "NOT UP";
        };
    }
}
