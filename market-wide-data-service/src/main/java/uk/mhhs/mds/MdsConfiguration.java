package uk.mhhs.mds;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.dipclient.DipClientProperties;
import uk.mhhs.dipclient.DipKafkaClients;
import uk.mhhs.dipclient.isd.IsdSnapshotCache;

import java.util.List;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MdsProperties.class)
class MdsConfiguration {

    /** ISD's snapshot topics a run reads (tariffs → LLFCs, line loss factors, BM units, classes). */
    @Bean(destroyMethod = "close")
    IsdSnapshotCache isdSnapshots(KafkaProperties kafka, KafkaConnectionDetails connection, DipClientProperties dip) {
        return new IsdSnapshotCache(DipKafkaClients.consumer(kafka, connection), dip.topicPrefix(),
                List.of("duos-tariff", "line-loss-factor", "supplier-bm-unit", "consumption-component-class",
                        "distributor"));
    }
}
