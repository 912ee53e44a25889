package uk.mhhs.dipclient.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the inbox clean-up ({@code mhhs.dip.inbox.*}).
 *
 * @param retention          how long a processed transaction ID is remembered (default 30 days); a
 *                           redelivery older than this would be processed again
 * @param cleanupInterval    how often old rows are deleted (default 1 hour; the first run one interval
 *                           after start)
 * @param cleanupBatchSize   rows deleted per statement, so no clean-up holds long locks (default 10,000)
 * @param cleanupEnabled     whether the clean-up runs at all (default true)
 */
@ConfigurationProperties("mhhs.dip.inbox")
public record InboxProperties(
        @DefaultValue("30d") Duration retention,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("10000") int cleanupBatchSize,
        @DefaultValue("true") boolean cleanupEnabled) {
}
