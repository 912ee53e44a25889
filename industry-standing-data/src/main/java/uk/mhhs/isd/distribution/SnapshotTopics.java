package uk.mhhs.isd.distribution;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import uk.mhhs.dipclient.DipClientProperties;
import uk.mhhs.isd.IsdProperties;
import uk.mhhs.isd.catalogue.EntityDefinition;
import uk.mhhs.isd.catalogue.IsdCatalogue;

/**
 * The compacted snapshot topics {@code <prefix>isd.<entity>}: one record per entity row, key
 * {@code <natural key>|<effective_from>|v<version>}, so compaction keeps every version's rows and services can
 * rebuild any "as at" answer from the topic alone (see dip-client's {@code uk.mhhs.dipclient.isd}).
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotTopics {

    private final String prefix;

    public SnapshotTopics(DipClientProperties dip) {
        this.prefix = dip.topicPrefix();
    }

    public String topic(EntityDefinition entity) {
        return prefix + "isd." + entity.name();
    }

    public static String recordKey(String naturalKey, java.time.LocalDate effectiveFrom, int version) {
        return naturalKey + "|" + effectiveFrom + "|v" + version;
    }

    @Bean
    KafkaAdmin.NewTopics isdSnapshotTopics(IsdCatalogue catalogue, IsdProperties properties) {
        return new KafkaAdmin.NewTopics(catalogue.entities().stream()
                .map(e -> TopicBuilder.name(topic(e)).partitions(properties.distribution().snapshotPartitions())
                        .compact().build())
                .toArray(NewTopic[]::new));
    }
}
