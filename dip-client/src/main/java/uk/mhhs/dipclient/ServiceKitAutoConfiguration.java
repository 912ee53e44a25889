package uk.mhhs.dipclient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import uk.mhhs.dipclient.facts.MpanFacts;
import uk.mhhs.dipclient.process.InboundDispatcher;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.process.ProcessLog;
import uk.mhhs.dipclient.schedule.DailyJob;
import uk.mhhs.dipclient.schedule.SchedulerProperties;
import uk.mhhs.dipclient.schedule.StepHandler;
import uk.mhhs.dipclient.schedule.StepScheduler;
import uk.mhhs.dipclient.schedule.StepSchedulerTicker;
import uk.mhhs.dipclient.schema.DipClientSchema;
import uk.mhhs.dipclient.shapes.LoadShapeIntake;
import uk.mhhs.dipclient.shapes.LoadShapeStore;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The service kit every service shares, on top of the outbox and inbox: the process message log, validate-then-send
 * ({@link Outbound}), inbound dispatch under a savepoint with the rejection to the sender
 * ({@link InboundDispatcher}, fed by the service's {@link InboundHandler} beans) and the multi-instance
 * {@link StepScheduler} (fed by {@link StepHandler} and {@link DailyJob} beans). A service that uses LSS's load
 * shapes sets {@code mhhs.load-shapes.enabled=true} and gets the IF-022/IF-023 {@link LoadShapeIntake} (an
 * {@link InboundHandler}) and the {@link LoadShapeStore} to read them.
 */
@AutoConfiguration(after = DipPersistenceAutoConfiguration.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(SchedulerProperties.class)
public class ServiceKitAutoConfiguration {

    @Bean
    @ConditionalOnBean(DipClientSchema.class)
    @ConditionalOnMissingBean
    ProcessLog processLog(DataSource dataSource, DipClientSchema schema) {
        return new ProcessLog(dataSource, schema);
    }

    @Bean
    @ConditionalOnBean({DipOutbox.class, ProcessLog.class})
    @ConditionalOnMissingBean
    Outbound outbound(DipSenderBlocks senderBlocks, DipOutbox outbox, ProcessLog log, Clock clock) {
        return new Outbound(senderBlocks, outbox, log, clock);
    }

    @Bean
    @ConditionalOnBean(ProcessLog.class)
    @ConditionalOnMissingBean
    InboundDispatcher inboundDispatcher(ObjectProvider<InboundHandler> handlers,
                                        PlatformTransactionManager transactions, ProcessLog log) {
        return new InboundDispatcher(handlers.orderedStream().toList(), transactions, log);
    }

    @Bean
    @ConditionalOnBean(DipClientSchema.class)
    @ConditionalOnMissingBean
    StepScheduler stepScheduler(DataSource dataSource, PlatformTransactionManager transactions,
                                DipClientSchema schema, ObjectProvider<StepHandler> handlers,
                                ObjectProvider<DailyJob> dailyJobs, Clock clock, SchedulerProperties properties) {
        return new StepScheduler(dataSource, transactions, schema, handlers.orderedStream().toList(),
                dailyJobs.orderedStream().toList(), clock, properties);
    }

    @Bean
    @ConditionalOnBean(DipClientSchema.class)
    @ConditionalOnMissingBean
    MpanFacts mpanFacts(DataSource dataSource, DipClientSchema schema) {
        return new MpanFacts(dataSource, schema);
    }

    @Bean
    @ConditionalOnBean(DipClientSchema.class)
    @ConditionalOnProperty(prefix = "mhhs.load-shapes", name = "enabled", havingValue = "true")
    @ConditionalOnMissingBean
    LoadShapeStore loadShapeStore(DataSource dataSource, DipClientSchema schema) {
        return new LoadShapeStore(dataSource, schema);
    }

    @Bean
    @ConditionalOnBean(LoadShapeStore.class)
    @ConditionalOnProperty(prefix = "mhhs.load-shapes", name = "enabled", havingValue = "true")
    @ConditionalOnMissingBean
    LoadShapeIntake loadShapeIntake(LoadShapeStore store) {
        return new LoadShapeIntake(store);
    }

    @Bean
    @ConditionalOnBean(StepScheduler.class)
    @ConditionalOnMissingBean
    StepSchedulerTicker stepSchedulerTicker(StepScheduler scheduler, SchedulerProperties properties) {
        return new StepSchedulerTicker(scheduler, properties);
    }
}
