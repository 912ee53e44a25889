package uk.mhhs.gateway.routing;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.gateway.participants.ParticipantRegistry;

/** Wires routing; a {@link SecondaryRecipientResolver} bean of the application's replaces the configured one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingProperties.class)
class RoutingConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecondaryRecipientResolver.class)
    ConfiguredSecondaryRecipients configuredSecondaryRecipients(RoutingProperties properties,
            ParticipantRegistry registry, ObjectProvider<Clock> clock) {
        return new ConfiguredSecondaryRecipients(properties.secondary(), registry, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    Routing routing(RoutingProperties properties, SecondaryRecipientResolver secondary, ParticipantRegistry registry,
                    DipTopics topics) {
        return new Routing(properties, secondary, registry, new TransactionIds(), topics, Envelopes.mapper());
    }
}
