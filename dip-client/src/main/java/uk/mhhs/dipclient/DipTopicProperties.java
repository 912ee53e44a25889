package uk.mhhs.dipclient;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;

/**
 * How dip-client declares the topics a service uses ({@code mhhs.dip.topics.*}).
 *
 * @param partitions partitions of each declared topic (default 3); an existing topic with fewer is grown,
 *                   never shrunk
 * @param replicas   replication factor of new topics; 0 (default) leaves it to the broker's default
 */
@ConfigurationProperties("mhhs.dip.topics")
public record DipTopicProperties(@DefaultValue("3") int partitions, @DefaultValue("0") int replicas) {

    /** The declaration of {@code topic} with these settings. */
    public NewTopic declare(String topic) {
        TopicBuilder builder = TopicBuilder.name(topic).partitions(partitions);
        return replicas > 0 ? builder.replicas(replicas).build() : builder.build();
    }

    /** The declaration of {@code topic} as a compacted topic (the latest record per key is kept for ever). */
    public NewTopic declareCompacted(String topic) {
        TopicBuilder builder = TopicBuilder.name(topic).partitions(partitions).compact();
        return replicas > 0 ? builder.replicas(replicas).build() : builder.build();
    }
}
