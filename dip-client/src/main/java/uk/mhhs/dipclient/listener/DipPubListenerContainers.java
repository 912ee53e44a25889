package uk.mhhs.dipclient.listener;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import uk.mhhs.dipclient.DipClientProperties;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.inbox.DipInbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one Kafka listener container per {@link DipPubListener} method, each with its own consumer group
 * ({@code <topic prefix><consumer>}) and a container-wide {@link DefaultErrorHandler}: retries with
 * exponential back-off, then {@link DeadLetterPublishingRecoverer} to {@code <topic>.dlt}; an
 * {@link UnreadablePubMessageException} is not retried.
 */
public class DipPubListenerContainers implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DipPubListenerContainers.class);

    private final DipPubListenerRegistry registry;
    private final BeanFactory beanFactory;
    private final ConsumerFactory<String, byte[]> consumers;
    private final DefaultKafkaProducerFactory<String, byte[]> deadLetterProducers;
    private final DipInbox inbox;
    private final DipClientProperties client;
    private final DipListenerProperties properties;
    private final DipPubMetrics metrics;
    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();

    public DipPubListenerContainers(DipPubListenerRegistry registry, BeanFactory beanFactory,
                                    ConsumerFactory<String, byte[]> consumers,
                                    DefaultKafkaProducerFactory<String, byte[]> deadLetterProducers, DipInbox inbox,
                                    DipClientProperties client, DipListenerProperties properties, MeterRegistry meters) {
        this.registry = registry;
        this.beanFactory = beanFactory;
        this.consumers = consumers;
        this.deadLetterProducers = deadLetterProducers;
        this.inbox = inbox;
        this.client = client;
        this.properties = properties;
        this.metrics = new DipPubMetrics(meters);
    }

    @Override
    public synchronized void start() {
        if (!containers.isEmpty()) {
            return;
        }
        List<DipPubListenerRegistry.Endpoint> endpoints = registry.endpoints();
        if (!endpoints.isEmpty() && (client.dipId() == null || client.dipId().isBlank())) {
            throw new IllegalStateException("mhhs.dip.dip-id must be set to receive PUB messages");
        }
        for (DipPubListenerRegistry.Endpoint endpoint : endpoints) {
            Object bean = beanFactory.getBean(endpoint.beanName());
            endpoint.interfaceByTopic().values().forEach(id -> metrics.register(id, endpoint.consumer()));
            ContainerProperties containerProperties =
                    new ContainerProperties(endpoint.interfaceByTopic().keySet().toArray(String[]::new));
            containerProperties.setGroupId(client.topicPrefix() + endpoint.consumer());
            java.util.function.Function<String, String> interfaceOf;
            if (endpoint.batch()) {
                var dispatcher = new DipPubBatchDispatcher(endpoint, bean, inbox, client.dipId(), metrics);
                containerProperties.setMessageListener(dispatcher);
                interfaceOf = dispatcher::interfaceOf;
            } else {
                var dispatcher = new DipPubDispatcher(endpoint, bean, inbox, client.dipId(), metrics);
                containerProperties.setMessageListener(dispatcher);
                interfaceOf = dispatcher::interfaceOf;
            }
            var container = new ConcurrentMessageListenerContainer<>(consumers, containerProperties);
            container.setBeanName("dipPub." + endpoint.consumer());
            container.setConcurrency(properties.concurrency());
            container.setCommonErrorHandler(errorHandler(endpoint.consumer(), interfaceOf));
            container.start();
            containers.add(container);
            log.info("PUB listener {} subscribed to {}", endpoint.consumer(), endpoint.interfaceByTopic().keySet());
        }
    }

    private DefaultErrorHandler errorHandler(String consumerName, java.util.function.Function<String, String> interfaceOf) {
        var deadLetter = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(deadLetterProducers),
                (record, exception) -> new TopicPartition(DipTopics.deadLetter(record.topic()), -1));
        ConsumerAwareRecordRecoverer countThenDeadLetter = new ConsumerAwareRecordRecoverer() {
            @Override
            public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
                metrics.received(interfaceOf.apply(record.topic()), consumerName,
                        DipPubMetrics.Outcome.FAILED);
                log.warn("PUB record {}-{}@{} goes to the dead-letter topic: {}", record.topic(), record.partition(),
                        record.offset(), NestedExceptionUtils.getMostSpecificCause(exception).toString());
                deadLetter.accept(record, consumer, exception);
            }
        };
        var backOff = new ExponentialBackOffWithMaxRetries(properties.maxRetries());
        backOff.setInitialInterval(properties.initialBackoff().toMillis());
        backOff.setMultiplier(properties.backoffMultiplier());
        backOff.setMaxInterval(properties.maxBackoff().toMillis());
        var handler = new DefaultErrorHandler(countThenDeadLetter, backOff);
        handler.addNotRetryableExceptions(UnreadablePubMessageException.class);
        return handler;
    }

    @Override
    public synchronized void stop() {
        containers.forEach(AbstractMessageListenerContainer::stop);
        containers.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !containers.isEmpty();
    }

    @Override
    public boolean isAutoStartup() {
        return properties.autoStartup();
    }

    /** Same phase as Spring's own listener containers: start late, stop early. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE;
    }

    @Override
    public void destroy() {
        deadLetterProducers.destroy();
    }
}
