package uk.mhhs.dataservice;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import uk.mhhs.dipclient.DipClientProperties;
import uk.mhhs.dipclient.DipKafkaClients;
import uk.mhhs.dipclient.DipTopicProperties;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dataservice.readings.MeterDataTopics;
import uk.mhhs.dataservice.rules.AmendmentRules;
import uk.mhhs.dataservice.rules.DayProcessor;
import uk.mhhs.dataservice.rules.EquivalentMeter;
import uk.mhhs.dataservice.rules.StandardShapes;
import uk.mhhs.dataservice.rules.VeSettings;
import uk.mhhs.dataservice.rules.unmetered.GspGroupLocations;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DataServiceProperties.class, VeProperties.class})
class DataServiceConfiguration {

    @Bean
    VeSettings veSettings(VeProperties ve, DataServiceProperties properties) {
        return ve.settings(properties.rfCutoffDays());
    }

    @Bean
    DayProcessor dayProcessor(VeSettings settings) {
        return new DayProcessor(settings);
    }

    @Bean
    AmendmentRules amendmentRules(VeSettings settings) {
        return new AmendmentRules(settings);
    }

    @Bean
    StandardShapes standardShapes(VeProperties ve) {
        return ve.standardShapes();
    }

    @Bean
    EquivalentMeter equivalentMeter() {
        return new EquivalentMeter(GspGroupLocations.defaults());
    }

    @Bean
    MeterDataTopics meterDataTopics(DipClientProperties dip) {
        return new MeterDataTopics(dip);
    }

    @Bean
    NewTopic meterDataReadingsTopic(MeterDataTopics topics, DipTopicProperties partitions) {
        return partitions.declare(topics.readings());
    }

    @Bean
    NewTopic meterDataRefusedTopic(MeterDataTopics topics, DipTopicProperties partitions) {
        return partitions.declare(topics.refused());
    }

    @Bean
    NewTopic meterDataDeadLetterTopic(MeterDataTopics topics, DipTopicProperties partitions) {
        return partitions.declare(DipTopics.deadLetter(topics.readings()));
    }

    @Bean
    KafkaTemplate<String, byte[]> meterDataTemplate(KafkaProperties kafka, KafkaConnectionDetails connection) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(DipKafkaClients.producer(kafka, connection)));
    }

    /**
     * The meter-data listener's container: offsets committed after the record's transaction; a batch that fails
     * (not one that is refused: that is an answer) is retried three times a second apart, then dead-lettered.
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> kafkaListenerContainerFactory(
            KafkaProperties kafka, KafkaConnectionDetails connection, KafkaTemplate<String, byte[]> template,
            MeterRegistry meters) {
        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        factory.setConsumerFactory(DipKafkaClients.measuredConsumers(kafka, connection, meters));
        factory.setCommonErrorHandler(new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(DipTopics.deadLetter(record.topic()), -1)),
                new FixedBackOff(1000, 3)));
        return factory;
    }
}
