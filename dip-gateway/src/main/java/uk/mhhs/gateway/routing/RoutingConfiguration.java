package uk.mhhs.gateway.routing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.registration.RegistrationPartiesCache;
import uk.mhhs.gateway.participants.ParticipantRegistry;

/**
 * Wires routing. Secondary recipients come from the register ({@code mhhs.gateway.routing.secondary.source:
 * registration}, the default) or the static configuration ({@code configured}); a {@link SecondaryRecipientResolver}
 * bean of the application's replaces both.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    static final String SOURCE = "mhhs.gateway.routing.secondary.source";

    @Bean
    @ConditionalOnMissingBean(SecondaryRecipientResolver.class)
    @ConditionalOnProperty(name = SOURCE, havingValue = "configured")
    ConfiguredSecondaryRecipients configuredSecondaryRecipients(RoutingProperties properties,
            ParticipantRegistry registry, ObjectProvider<Clock> clock) {
        return new ConfiguredSecondaryRecipients(properties.secondary(), registry, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean(SecondaryRecipientResolver.class)
    @ConditionalOnProperty(name = SOURCE, havingValue = "registration", matchIfMissing = true)
    RegisteredSecondaryRecipients registeredSecondaryRecipients(RoutingProperties properties,
            RegistrationPartiesCache registrationParties, ParticipantRegistry registry, ObjectProvider<Clock> clock) {
        return new RegisteredSecondaryRecipients(registrationParties, registry, properties.secondary().distributor(),
                clock.getIfUnique(Clock::systemUTC));
    }

    /**
     * The register's parties, read from the beginning of registration.parties at start and then followed; the
     * follower's thread owns (and closes) its consumer.
     */
    /** Closed when the context closes, after the follower's thread has stopped using it (lifecycle stop first). */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = SOURCE, havingValue = "registration", matchIfMissing = true)
    RegistrationPartiesCache registrationPartiesCache(KafkaProperties kafka, DipTopics topics) {
        return new RegistrationPartiesCache(kafka.buildConsumerProperties(), topics);
    }

    @Bean
    @ConditionalOnProperty(name = SOURCE, havingValue = "registration", matchIfMissing = true)
    RegistrationPartiesFollower registrationPartiesFollower(RegistrationPartiesCache cache,
            RoutingProperties properties, MeterRegistry meters) {
        Gauge.builder("dip.gateway.routing.registered.mpans", cache, RegistrationPartiesCache::size)
                .description("MPANs whose party history the gateway holds for secondary routing").register(meters);
        return new RegistrationPartiesFollower(cache, properties.secondary().startupWait());
    }

    @Bean
    Routing routing(RoutingProperties properties, SecondaryRecipientResolver secondary, ParticipantRegistry registry,
                    DipTopics topics) {
        return new Routing(properties, secondary, registry, new TransactionIds(), topics, Envelopes.mapper());
    }
}
