package uk.mhhs.gateway.delivery;

import uk.mhhs.gateway.kafka.ByteRecordConsumers;
import uk.mhhs.gateway.kafka.DeadLetterDepth;
import uk.mhhs.gateway.security.GatewayCredential;
import uk.mhhs.gateway.webhooks.HostResolver;
import uk.mhhs.gateway.webhooks.WebhookPolicy;
import uk.mhhs.gateway.webhooks.Webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.dipclient.DipTopicProperties;
import uk.mhhs.dipclient.DipTopics;

/** Wires webhook delivery: credential, HTTP client, dispatcher and the consumer of {@code dip.pub.*}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeliveryConfiguration {

    /** The consumer group reading every publication topic for delivery. */
    static final String PUBLICATION_GROUP = "dip-gateway-delivery";

    /** The webhook rules, applied at registration ({@code pubconfig}, status config) and on every call. */
    @Bean
    WebhookPolicy webhookPolicy(DeliveryProperties properties, ObjectProvider<HostResolver> resolver) {
        return new WebhookPolicy(properties.webhooks(), resolver.getIfUnique(() -> HostResolver.SYSTEM));
    }

    @Bean
    WebhookCaller webhookCaller(DeliveryProperties properties, WebhookPolicy policy, GatewayCredential credential,
            ObjectProvider<Clock> clocks) {
        Clock clock = clocks.getIfUnique(Clock::systemUTC);
        return new WebhookCaller(policy, credential.signer(clock), properties.connectTimeout(),
                properties.requestTimeout(), properties.concurrency(), clock);
    }

    @Bean
    DeliveryMetrics deliveryMetrics(MeterRegistry registry) {
        return new DeliveryMetrics(registry);
    }

    /** Records waiting on every dead-letter topic of the broker, for the dashboards and the dead-letter alert. */
    @Bean
    DeadLetterDepth deadLetterDepth(KafkaAdmin admin, MeterRegistry registry) {
        return new DeadLetterDepth(admin, registry);
    }

    @Bean
    DeliveryDispatcher deliveryDispatcher(DeliveryQueue queue, Webhooks webhooks, EgressBodies bodies,
            WebhookCaller caller, DeliveryMetrics metrics, DeliveryProperties properties, ObjectProvider<Clock> clock) {
        return new DeliveryDispatcher(queue, webhooks, bodies, caller, RetryPolicy.of(properties.retry()), metrics,
                properties, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    ByteRecordConsumers byteRecordConsumers(KafkaProperties kafka, DipTopics topics, DeliveryProperties properties,
            MeterRegistry registry) {
        return new ByteRecordConsumers(kafka.buildConsumerProperties(), kafka.buildProducerProperties(),
                topics.prefix(), properties.enabled(), registry);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> publicationDeliveryContainer(ByteRecordConsumers consumers,
            DipTopics topics, RecordingPublications recording, DeliveryDispatcher dispatcher,
            DeliveryProperties properties) {
        Properties overrides = new Properties();
        // How soon a new dip.pub.<nnn> topic is noticed by the pattern subscription.
        overrides.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, String.valueOf(properties.topicRefresh().toMillis()));
        return consumers.forPattern(publicationTopics(topics), PUBLICATION_GROUP,
                new PublicationListener(recording, dispatcher), overrides);
    }

    /**
     * Dead-letter topics of what the gateway's delivery consumers read: {@code dip.pub.<nnn>.dlt} of every
     * channel of the catalogue and {@code dip.status.dlt} (the topics themselves are declared by ingress).
     */
    @Bean
    KafkaAdmin.NewTopics deliveryDeadLetterTopics(DipTopics topics, DipTopicProperties properties) {
        Stream<String> publications = InterfaceCatalogue.standard().all().stream()
                .map(channel -> topics.publication(channel.id()));
        return new KafkaAdmin.NewTopics(Stream.concat(publications, Stream.of(topics.status()))
                .map(DipTopics::deadLetter).distinct().map(properties::declare).toArray(NewTopic[]::new));
    }

    /** {@code <prefix>dip.pub.021}, {@code <prefix>dip.rep.002a} ...; not their {@code .dlt} topics. */
    static Pattern publicationTopics(DipTopics topics) {
        return Pattern.compile(Pattern.quote(topics.prefix()) + "dip\\.(pub|rep)\\.[0-9a-z]+");
    }
}
