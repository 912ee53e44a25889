package uk.mhhs.dipclient.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the outbox relay ({@code mhhs.dip.outbox.*}).
 *
 * @param relayEnabled whether the relay starts with the application (default true); when false the rows
 *                     stay in {@code dip_outbox} until a relay is started, e.g. {@code OutboxRelay.start()}
 * @param pollInterval how long the relay waits for a commit signal before looking anyway (default 200 ms);
 *                     it also finds rows committed by other instances this way
 * @param batchSize    rows claimed, sent and deleted per database transaction (default 500)
 */
@ConfigurationProperties("mhhs.dip.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("500") int batchSize) {

    public OutboxProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("mhhs.dip.outbox.batch-size must be at least 1");
        }
    }
}
