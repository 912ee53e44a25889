package uk.mhhs.registration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.mhhs.dipclient.DipClientProperties;
import uk.mhhs.dipclient.isd.IsdSnapshotCache;
import uk.mhhs.registration.reference.IsdReferenceData;

import java.time.Clock;
import java.util.List;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationProperties.class)
@EnableScheduling
class RegistrationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    IsdReferenceData referenceData(KafkaProperties kafka, DipClientProperties dip, RegistrationProperties properties,
                                   Clock clock) {
        Map<String, Object> consumer = Map.of("bootstrap.servers", String.join(",", kafka.getBootstrapServers()));
        return new IsdReferenceData(() -> new IsdSnapshotCache(consumer, dip.topicPrefix(),
                List.of("market-participant", "distributor")), properties.parties().isdRefreshInterval(), clock,
                properties.parties().mdsDipId(), properties.parties().lssDipId());
    }
}
