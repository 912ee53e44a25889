package uk.mhhs.testsupport.time;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;

/**
 * Gives a test's application context {@link #CLOCK} as its {@code Clock} (over the service kit's system clock):
 * {@code @Import(MutableClockConfiguration.class)}, then set or advance {@link #CLOCK} where the scenario needs it.
 * One clock per test JVM; a test base sets it in its {@code @BeforeEach}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

    /** The clock of every context that imports this; 1 Dec 2026 10:00 UTC until a test sets it. */
    public static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));

    @Bean
    @Primary
    Clock mutableClock() {
        return CLOCK;
    }
}
