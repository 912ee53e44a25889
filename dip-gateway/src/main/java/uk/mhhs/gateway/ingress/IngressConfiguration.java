package uk.mhhs.gateway.ingress;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.dipclient.DipClientProperties;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.outbox.OutboxSignal;
import uk.mhhs.dipclient.outbox.OutboxWriter;
import uk.mhhs.dipclient.schema.DipClientSchema;
import uk.mhhs.gateway.web.BodyLimit;
import uk.mhhs.gateway.archive.IngressArchive;
import uk.mhhs.gateway.participants.ParticipantRegistry;
import uk.mhhs.gateway.routing.Routing;
import uk.mhhs.gateway.security.RequestAuthenticator;

/**
 * Wires ingress. The catalogue, the validator (with its compiled schemas) and the JSON reader are built once and
 * shared by every request.
 */
@Configuration(proxyBeanMethods = false)
class IngressConfiguration {

    @Bean
    AcceptingMessages acceptingMessages(IngressProperties properties, ParticipantRegistry registry, Routing routing,
                                        JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                        OutboxWriter outbox, DipClientSchema outboxSchema, OutboxSignal outboxSignal,
                                        IngressArchive archive, IngressMetrics metrics, ObjectProvider<Clock> clocks) {
        Clock clock = clocks.getIfUnique(Clock::systemUTC);
        MessageValidator validator = new MessageValidator(InterfaceCatalogue.standard(), MessageValidator.Mode.DIP,
                clock, properties.allowedSenderClockSkew());
        // Duplicate keys and trailing content are refused rather than silently dropped. Duplicates are caught while
        // the tree is built (FAIL_ON_READING_DUP_TREE_KEY) rather than by the parser (STRICT_DUPLICATE_DETECTION),
        // which keeps a set of names for every object of the body: the same refusal for less work.
        JsonMapper reader = Envelopes.mapper().rebuild().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        LevelOneValidation validation = new LevelOneValidation(InterfaceCatalogue.standard(), validator,
                new SenderRules(registry, properties.suiteSenders(), properties.reportSenders()), reader, clock);
        RecordingAcceptance recording = new RecordingAcceptance(jdbc, new TransactionTemplate(transactionManager),
                outbox, archive, outboxSchema.table("dip_outbox"), outboxSignal);
        return new AcceptingMessages(validation, routing, recording, new RecordingSubmissions(jdbc, outbox, archive),
                metrics, clock);
    }

    @Bean
    ChannelPosts channelPosts(AcceptingMessages accepting, RequestAuthenticator authenticator, IngressArchive archive,
                              StandardResponses ingressResponses, IngressMetrics metrics, IngressProperties properties,
                              BodyLimit bodyLimit, ObjectProvider<Clock> clock) {
        return new ChannelPosts(accepting, authenticator, archive, ingressResponses, metrics, properties, bodyLimit,
                clock.getIfUnique(Clock::systemUTC));
    }

    /** {@code POST /dip-channel/{id}} ahead of every other filter and of Spring MVC (see {@link DipChannelFilter}). */
    @Bean
    FilterRegistrationBean<DipChannelFilter> dipChannelFilter(ChannelPosts channelPosts) {
        FilterRegistrationBean<DipChannelFilter> registration =
                new FilterRegistrationBean<>(new DipChannelFilter(channelPosts));
        registration.setName("dipChannelFilter");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    StandardResponses ingressResponses(DipClientProperties dip, ObjectProvider<Clock> clock) {
        return new StandardResponses(dip.dipId(), clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    SubmissionIngress submissionIngress(AcceptingMessages accepting, StandardResponses ingressResponses,
                                        OutboxWriter outbox, IngressArchive archive,
                                        PlatformTransactionManager transactionManager, DipTopics topics) {
        return new SubmissionIngress(accepting, ingressResponses, outbox, archive,
                new TransactionTemplate(transactionManager), topics);
    }
}
