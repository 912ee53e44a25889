package uk.mhhs.gateway.submissions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.common.catalogue.InterfaceDefinition;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.gateway.kafka.ByteRecordConsumers;
import uk.mhhs.gateway.ingress.SubmissionIngress;

/**
 * Wires the consumer of {@code dip.submissions} (group {@value #GROUP}, prefixed with the topic prefix) and
 * declares the topics the gateway writes: {@code dip.submissions} and its {@code .dlt}, {@code dip.status}, and
 * one {@code dip.pub.<nnn>} per channel of the catalogue.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SubmissionsConfiguration.class);

    /** The consumer group of {@code dip.submissions}. */
    static final String GROUP = "dip-gateway";

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> submissionsContainer(ByteRecordConsumers consumers,
            DipTopics topics, SubmissionIngress ingress, SubmissionsProperties properties,
            ObjectProvider<Clock> clock) {
        if (properties.enabled() && properties.suiteSenders().isEmpty()) {
            log.warn("mhhs.gateway.submissions.suite-senders is empty: every dip.submissions message will be refused "
                    + "(MSG1009); list the DIP IDs of the suite's own services");
        }
        var container = consumers.forTopics(GROUP,
                new SubmissionListener(ingress, clock.getIfUnique(Clock::systemUTC)), topics.submissions());
        container.setConcurrency(properties.concurrency());
        container.setAutoStartup(properties.enabled());
        return container;
    }

    @Bean
    KafkaAdmin.NewTopics gatewayTopics(DipTopics topics, SubmissionsProperties properties) {
        List<NewTopic> declared = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(topics.submissions(),
                DipTopics.deadLetter(topics.submissions()), topics.status()));
        for (InterfaceDefinition channel : InterfaceCatalogue.standard().all()) {
            names.add(topics.publication(channel.id()));
        }
        names.stream().distinct().forEach(name -> declared.add(TopicBuilder.name(name)
                .partitions(properties.partitions()).replicas(properties.replicationFactor()).build()));
        return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
    }
}
