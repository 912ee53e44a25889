package uk.mhhs.dipclient;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import uk.mhhs.dipclient.inbox.InboxProperties;
import uk.mhhs.dipclient.outbox.OutboxProperties;

import java.time.Clock;

/**
 * Auto-configuration of the DIP client: topic names, sender blocks, the submissions topic. The tables,
 * outbox and inbox are in {@link DipPersistenceAutoConfiguration}, the PUB listeners in
 * {@link DipListenerAutoConfiguration}.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties({DipClientProperties.class, DipTopicProperties.class, OutboxProperties.class,
        InboxProperties.class})
public class DipClientAutoConfiguration {

    /** The service's one clock (UTC); tests replace it with a clock of their own. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    DipTopics dipTopics(DipClientProperties properties) {
        return new DipTopics(properties.topicPrefix());
    }

    @Bean
    @ConditionalOnMissingBean
    DipSenderBlocks dipSenderBlocks(DipClientProperties properties, Clock clock) {
        return new DipSenderBlocks(properties, clock);
    }

    /** The submissions topic every service writes to, with its partition count. */
    @Bean
    NewTopic dipSubmissionsTopic(DipTopics topics, DipTopicProperties properties) {
        return properties.declare(topics.submissions());
    }
}
