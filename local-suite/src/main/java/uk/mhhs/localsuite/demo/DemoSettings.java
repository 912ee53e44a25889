package uk.mhhs.localsuite.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The demo market day's options ({@code local-suite.demo.*}).
 *
 * @param mpans        size of the synthetic market
 * @param date         the settlement date played; default yesterday (UTC): the data service processes completed
 *                     UTC dates only, and the register's history starts well before it
 * @param seed         the market's and the meter data's seed (a home can play each market once)
 * @param phaseTimeout how long a phase may wait for the services
 */
@ConfigurationProperties("local-suite.demo")
public record DemoSettings(@DefaultValue("10000") int mpans, LocalDate date, @DefaultValue("42") long seed,
                           @DefaultValue("10m") Duration phaseTimeout) {

    public LocalDate settlementDate() {
        return date != null ? date : LocalDate.now(ZoneOffset.UTC).minusDays(1);
    }

    /**
     * When the market's standing data and parties hold from: the settlement date itself. The data service queues
     * every day of a new appointment up to yesterday for IF-021, so an earlier date would make it send (estimated)
     * days the demo does not settle.
     */
    public LocalDate registeredFrom() {
        return settlementDate();
    }
}
