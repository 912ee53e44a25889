package uk.mhhs.dipclient.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The step scheduler of a service ({@code mhhs.scheduler.*}).
 *
 * @param enabled  whether the periodic tick runs (default true); with it off, steps run only when the service
 *                 calls {@link StepScheduler#runDue} (an operator call, a test)
 * @param interval time between ticks (default one minute)
 * @param zone     the zone in which "today" is read from the clock (default Europe/London: the settlement day)
 */
@ConfigurationProperties("mhhs.scheduler")
public record SchedulerProperties(Boolean enabled, Duration interval, ZoneId zone) {

    @ConstructorBinding
    public SchedulerProperties {
        enabled = enabled == null || enabled;
        interval = interval == null ? Duration.ofMinutes(1) : interval;
        zone = zone == null ? ZoneId.of("Europe/London") : zone;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
