package uk.mhhs.gateway.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.DisposableBean;
import uk.mhhs.dipclient.DipKafkaClients;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.ExponentialBackOff;
import uk.mhhs.dipclient.DipTopics;

/**
 * Builds the gateway's egress-side Kafka listener containers: String keys, values as raw bytes, offsets
 * committed after processing, read from the earliest offset when a group is new, and one error handler
 * that retries a failing record for about half a minute (a database outage) and then, or at once for a
 * {@link MalformedRecordException}, puts it on {@code <topic>.dlt}.
 *
 * <p>It keeps its own consumer and producer factories rather than declaring them as beans, so that Boot's
 * own Kafka beans stay as the rest of the gateway configured them.
 */
public class ByteRecordConsumers implements DisposableBean {

    private final Map<String, Object> consumerConfig;
    private final DefaultKafkaProducerFactory<String, byte[]> deadLetterProducer;
    private final String groupPrefix;
    private final boolean autoStartup;
    private final MeterRegistry meters;

    /**
     * @param consumerConfig Boot's consumer properties ({@code spring.kafka.consumer.*})
     * @param producerConfig Boot's producer properties, for the dead-letter producer
     * @param groupPrefix prefix of consumer group names (the topic prefix, so test contexts do not mix)
     * @param autoStartup whether the containers start with the application
     * @param meters where the consumers' Kafka client metrics (consumer lag) go
     */
    public ByteRecordConsumers(Map<String, Object> consumerConfig, Map<String, Object> producerConfig,
            String groupPrefix, boolean autoStartup, MeterRegistry meters) {
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Object> producer = new HashMap<>(producerConfig);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.deadLetterProducer = new DefaultKafkaProducerFactory<>(producer, new StringSerializer(),
                new ByteArraySerializer());
        this.groupPrefix = groupPrefix;
        this.autoStartup = autoStartup;
        this.meters = meters;
    }

    /** A container of all topics matching {@code topics}, e.g. every {@code dip.pub.<nnn>}. */
    public ConcurrentMessageListenerContainer<String, byte[]> forPattern(Pattern topics, String group,
            MessageListener<String, byte[]> listener, Properties consumerOverrides) {
        return container(new ContainerProperties(topics), group, listener, consumerOverrides);
    }

    /**
     * A container of all topics matching {@code topics} whose listener takes each poll's records at once; the
     * offsets are committed after it returns. A listener that cannot handle record {@code i} throws
     * {@link org.springframework.kafka.listener.BatchListenerFailedException} with index {@code i}: the records
     * before it are committed, it is retried (or dead-lettered, as above), and the ones after it come again.
     */
    public ConcurrentMessageListenerContainer<String, byte[]> forPattern(Pattern topics, String group,
            BatchMessageListener<String, byte[]> listener, Properties consumerOverrides) {
        return container(new ContainerProperties(topics), group, listener, consumerOverrides);
    }

    /** A container of the named topics. */
    public ConcurrentMessageListenerContainer<String, byte[]> forTopics(String group,
            MessageListener<String, byte[]> listener, String... topics) {
        return container(new ContainerProperties(topics), group, listener, new Properties());
    }

    /** A container of the named topics whose listener takes each poll's records at once (as {@link #forPattern}). */
    public ConcurrentMessageListenerContainer<String, byte[]> forTopics(String group,
            BatchMessageListener<String, byte[]> listener, String... topics) {
        return container(new ContainerProperties(topics), group, listener, new Properties());
    }

    private ConcurrentMessageListenerContainer<String, byte[]> container(ContainerProperties properties,
            String group, Object listener, Properties consumerOverrides) {
        properties.setGroupId(groupPrefix + group);
        properties.setClientId(group);
        properties.setMessageListener(listener);
        properties.setKafkaConsumerProperties(consumerOverrides);
        var container = new ConcurrentMessageListenerContainer<>(DipKafkaClients.measured(
                new DefaultKafkaConsumerFactory<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer()),
                meters), properties);
        container.setCommonErrorHandler(errorHandler());
        container.setAutoStartup(autoStartup);
        return container;
    }

    private DefaultErrorHandler errorHandler() {
        var recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(deadLetterProducer),
                (record, exception) -> new TopicPartition(DipTopics.deadLetter(record.topic()), -1));
        var backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(10_000);
        backOff.setMaxElapsedTime(30_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedRecordException.class);
        return handler;
    }

    @Override
    public void destroy() {
        deadLetterProducer.destroy();
    }
}
