package uk.mhhs.vas;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.dipclient.DipClientProperties;
import uk.mhhs.dipclient.DipKafkaClients;
import uk.mhhs.dipclient.isd.IsdSnapshotCache;
import uk.mhhs.vas.reference.IsdReference;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VasProperties.class)
class VasConfiguration {

    /** ISD's snapshot topics VAS reads (classes and weights, BM units, suppliers' DIP IDs, timetable, holidays). */
    @Bean(destroyMethod = "close")
    IsdSnapshotCache isdSnapshots(KafkaProperties kafka, KafkaConnectionDetails connection, DipClientProperties dip) {
        return new IsdSnapshotCache(DipKafkaClients.consumer(kafka, connection), dip.topicPrefix(),
                IsdReference.ENTITIES);
    }

    @Bean
    IsdReference isdReference(IsdSnapshotCache cache) {
        return new IsdReference(cache);
    }
}
