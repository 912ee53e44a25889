package uk.mhhs.gateway;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.gateway.archive.ArchiveProperties;
import uk.mhhs.gateway.delivery.DeliveryProperties;
import uk.mhhs.gateway.ingress.IngressProperties;
import uk.mhhs.gateway.participants.ParticipantsProperties;
import uk.mhhs.gateway.routing.RoutingProperties;
import uk.mhhs.gateway.security.SecurityProperties;
import uk.mhhs.gateway.submissions.SubmissionsProperties;
import uk.mhhs.gateway.web.BodyLimit;

/** Binds {@link GatewayProperties} and hands each room its own part. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
class GatewayConfiguration {

    @Bean
    IngressProperties ingressProperties(GatewayProperties gateway) {
        return gateway.ingress();
    }

    @Bean
    BodyLimit bodyLimit(GatewayProperties gateway) {
        return new BodyLimit(gateway.maxBodyBytes(), gateway.maxBodyReadTime());
    }

    @Bean
    SecurityProperties securityProperties(GatewayProperties gateway) {
        return gateway.security();
    }

    @Bean
    ParticipantsProperties participantsProperties(GatewayProperties gateway) {
        return gateway.participants();
    }

    @Bean
    ArchiveProperties archiveProperties(GatewayProperties gateway) {
        return gateway.archive();
    }

    @Bean
    SubmissionsProperties submissionsProperties(GatewayProperties gateway) {
        return gateway.submissions();
    }

    @Bean
    RoutingProperties routingProperties(GatewayProperties gateway) {
        return gateway.routing();
    }

    @Bean
    DeliveryProperties deliveryProperties(GatewayProperties gateway) {
        return gateway.delivery();
    }
}
