package uk.mhhs.gateway.submissions;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code dip.submissions} consumer and the topics the gateway writes ({@code mhhs.gateway.submissions.*}).
 *
 * @param enabled           whether the consumer of {@code dip.submissions} runs
 * @param concurrency       consumer threads (at most the topic's partitions are busy)
 * @param partitions        partitions of the topics the gateway declares ({@code dip.submissions},
 *                          {@code dip.pub.<nnn>}, {@code dip.status})
 * @param replicationFactor their replication factor (3 in production; 1 for a single local broker)
 */
public record SubmissionsProperties(@DefaultValue("true") boolean enabled,
                                    @DefaultValue("3") int concurrency,
                                    @DefaultValue("3") int partitions,
                                    @DefaultValue("1") short replicationFactor) {
}
