package uk.mhhs.gateway.archive;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long ingress rows are kept ({@code mhhs.gateway.archive.*}, bound by {@code GatewayProperties}).
 *
 * @param retention         archived raw requests, accepted or refused (default 90 days)
 * @param acceptedRetention accepted-message rows, the idempotency record of transaction IDs (default 400 days)
 * @param cleanUpInterval   how often expired rows are deleted (default hourly)
 */
public record ArchiveProperties(@DefaultValue("P90D") Duration retention,
                                @DefaultValue("P400D") Duration acceptedRetention,
                                @DefaultValue("PT1H") Duration cleanUpInterval) {
}
