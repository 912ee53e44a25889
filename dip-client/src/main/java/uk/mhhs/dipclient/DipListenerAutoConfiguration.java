package uk.mhhs.dipclient;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import uk.mhhs.dipclient.inbox.DipInbox;
import uk.mhhs.dipclient.listener.DipListenerProperties;
import uk.mhhs.dipclient.listener.DipPubListener;
import uk.mhhs.dipclient.listener.DipPubListenerContainers;
import uk.mhhs.dipclient.listener.DipPubListenerRegistry;

/**
 * Auto-configuration of the {@link DipPubListener} methods: finds them, declares their topics and
 * dead-letter topics, and runs their listener containers (with the {@link DipInbox}, so only with a
 * {@code DataSource}).
 */
@AutoConfiguration(after = DipPersistenceAutoConfiguration.class)
@EnableConfigurationProperties(DipListenerProperties.class)
public class DipListenerAutoConfiguration {

    @Bean
    static DipPubListenerRegistry dipPubListenerRegistry() {
        return new DipPubListenerRegistry();
    }

    @Bean
    @ConditionalOnBean(DipInbox.class)
    @ConditionalOnMissingBean
    DipPubListenerContainers dipPubListenerContainers(DipPubListenerRegistry registry, BeanFactory beanFactory,
                                                      DipInbox inbox, DipClientProperties client,
                                                      DipListenerProperties properties, KafkaProperties kafka,
                                                      KafkaConnectionDetails connection,
                                                      ObjectProvider<MeterRegistry> meters) {
        MeterRegistry meterRegistry = meters.getIfUnique(SimpleMeterRegistry::new);
        return new DipPubListenerContainers(registry, beanFactory,
                DipKafkaClients.measuredConsumers(kafka, connection, meterRegistry),
                new DefaultKafkaProducerFactory<>(DipKafkaClients.producer(kafka, connection)),
                inbox, client, properties, meterRegistry);
    }
}
