package uk.mhhs.dipclient.listener;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the PUB listeners ({@code mhhs.dip.listener.*}).
 *
 * @param maxRetries        redeliveries after a handler failure before the record goes to
 *                          {@code <topic>.dlt} (default 3, so 4 attempts in all)
 * @param initialBackoff    wait before the first redelivery (default 500 ms)
 * @param backoffMultiplier growth of the wait per redelivery (default 2)
 * @param maxBackoff        longest wait between redeliveries (default 10 s)
 * @param concurrency       consumers per listener (default 1); more than the partition count idle
 * @param autoStartup       whether the listeners start with the application (default true)
 */
@ConfigurationProperties("mhhs.dip.listener")
public record DipListenerProperties(
        @DefaultValue("3") int maxRetries,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("2.0") double backoffMultiplier,
        @DefaultValue("10s") Duration maxBackoff,
        @DefaultValue("1") int concurrency,
        @DefaultValue("true") boolean autoStartup) {
}
