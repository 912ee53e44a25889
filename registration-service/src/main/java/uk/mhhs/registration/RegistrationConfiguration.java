package uk.mhhs.registration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.dipclient.DipClientProperties;
import uk.mhhs.dipclient.isd.IsdSnapshotCache;
import uk.mhhs.registration.reference.IsdReferenceData;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The service's clock is dip-client's ({@code Clock} bean, UTC; tests put their own in its place). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationProperties.class)
class RegistrationConfiguration {

    @Bean(destroyMethod = "close")
    IsdReferenceData referenceData(KafkaProperties kafka, DipClientProperties dip, RegistrationProperties properties,
                                   Clock clock) {
        Map<String, Object> consumer = Map.of("bootstrap.servers", String.join(",", kafka.getBootstrapServers()));
        return new IsdReferenceData(() -> new IsdSnapshotCache(consumer, dip.topicPrefix(),
                List.of("market-participant", "distributor")), properties.parties().isdRefreshInterval(), clock,
                properties.parties().mdsDipId(), properties.parties().lssDipId());
    }
}
