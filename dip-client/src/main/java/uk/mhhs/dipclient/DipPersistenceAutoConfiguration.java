package uk.mhhs.dipclient;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import uk.mhhs.dipclient.inbox.DipInbox;
import uk.mhhs.dipclient.inbox.InboxCleanup;
import uk.mhhs.dipclient.inbox.InboxProperties;
import uk.mhhs.dipclient.outbox.OutboxProperties;
import uk.mhhs.dipclient.outbox.OutboxRelay;
import uk.mhhs.dipclient.outbox.OutboxSignal;
import uk.mhhs.dipclient.outbox.OutboxWriter;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Auto-configuration of dip-client's database side, when the application has one {@code DataSource}:
 * dip-client's tables (own Flyway history, after the service's own migrations), the transactional
 * outbox ({@link OutboxWriter}, {@link DipOutbox}) with its {@link OutboxRelay}, and the {@link DipInbox}
 * with its clean-up.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        FlywayAutoConfiguration.class, KafkaAutoConfiguration.class, DipClientAutoConfiguration.class})
@ConditionalOnSingleCandidate(DataSource.class)
public class DipPersistenceAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DipClientSchema dipClientSchema(DataSource dataSource, DipClientProperties properties, Environment environment,
                                    ObjectProvider<FlywayMigrationInitializer> serviceMigrations) {
        // The service's own migrations first: ours then find a non-empty schema and baseline at 0.
        serviceMigrations.orderedStream().forEach(initializer -> { });
        String schema = properties.schema() != null ? properties.schema() : DipSchemaResolver.resolve(environment);
        return new DipClientSchema(dataSource, schema, true);
    }

    @Bean
    OutboxSignal dipOutboxSignal() {
        return new OutboxSignal();
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxWriter outboxWriter(DataSource dataSource, PlatformTransactionManager transactionManager,
                              DipClientSchema schema, OutboxSignal signal) {
        return new OutboxWriter(dataSource, transactionManager, schema, signal);
    }

    @Bean
    @ConditionalOnMissingBean
    DipOutbox dipOutbox(OutboxWriter writer, DipTopics topics) {
        return new DipOutbox(writer, topics);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(DataSource dataSource, DipClientSchema schema, OutboxSignal signal,
                            OutboxProperties properties, KafkaProperties kafka, KafkaConnectionDetails connection,
                            ObjectProvider<MeterRegistry> meters) {
        var config = DipKafkaClients.producer(kafka, connection);
        return new OutboxRelay(dataSource, schema, signal, () -> new KafkaProducer<>(config), properties,
                meters.getIfUnique(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnMissingBean
    DipInbox dipInbox(DataSource dataSource, PlatformTransactionManager transactionManager, DipClientSchema schema) {
        return new DipInbox(dataSource, transactionManager, schema);
    }

    @Bean
    @ConditionalOnMissingBean
    InboxCleanup dipInboxCleanup(DataSource dataSource, DipClientSchema schema, InboxProperties properties,
                                 ObjectProvider<Clock> clock) {
        return new InboxCleanup(dataSource, schema, properties, clock.getIfUnique(Clock::systemUTC));
    }
}
