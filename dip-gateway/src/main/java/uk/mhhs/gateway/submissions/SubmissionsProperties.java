package uk.mhhs.gateway.submissions;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.mhhs.common.party.DipId;

/**
 * The {@code dip.submissions} consumer and the topics the gateway writes ({@code mhhs.gateway.submissions.*}).
 *
 * @param enabled           whether the consumer of {@code dip.submissions} runs
 * @param concurrency       consumer threads (at most the topic's partitions are busy)
 * @param partitions        partitions of the topics the gateway declares ({@code dip.submissions},
 *                          {@code dip.pub.<nnn>}, {@code dip.status})
 * @param replicationFactor their replication factor (3 in production; 1 for a single local broker)
 * @param suiteSenders      the DIP IDs of the suite's own services: the only senders a {@code dip.submissions}
 *                          message may name (the topic carries no signature, so any other sender is refused with
 *                          MSG1009); empty by default, which refuses every submission
 */
public record SubmissionsProperties(@DefaultValue("true") boolean enabled,
                                    @DefaultValue("3") int concurrency,
                                    @DefaultValue("3") int partitions,
                                    @DefaultValue("1") short replicationFactor,
                                    Set<String> suiteSenders) {

    public SubmissionsProperties {
        // An empty environment variable (DIP_SUITE_SENDERS=) binds as one blank entry.
        suiteSenders = suiteSenders == null ? Set.of()
                : suiteSenders.stream().filter(id -> !id.isBlank()).map(String::trim).collect(Collectors.toSet());
        for (String dipId : suiteSenders) {
            if (!DipId.isValid(dipId)) {
                throw new IllegalArgumentException("mhhs.gateway.submissions.suite-senders: " + dipId
                        + " is not a DIP ID (10 letters or digits)");
            }
        }
    }
}
