package uk.mhhs.registration.parties;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.dipclient.DipTopicProperties;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.outbox.OutboxSignal;
import uk.mhhs.dipclient.outbox.OutboxWriter;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;

/** The party-history publisher and its compacted topic {@code <prefix>registration.parties}, which REGS owns. */
@Configuration(proxyBeanMethods = false)
class PartiesPublishingConfiguration {

    @Bean
    PartyHistoryPublisher partyHistoryPublisher(DataSource dataSource, OutboxWriter outbox, OutboxSignal signal,
                                                DipClientSchema schema, DipTopics topics) {
        return new PartyHistoryPublisher(dataSource, outbox, signal, schema, topics);
    }

    @Bean
    NewTopic registrationPartiesTopic(DipTopics topics, DipTopicProperties properties) {
        return properties.declareCompacted(topics.registrationParties());
    }
}
