package uk.mhhs.dipclient;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;

import java.util.HashMap;
import java.util.Map;

/**
 * Kafka client settings of dip-client: the service's {@code spring.kafka.*} settings with String keys and
 * raw byte values, whatever serializers the service configured for its own use.
 */
public final class DipKafkaClients {

    private DipKafkaClients() {
    }

    /** An idempotent, non-transactional producer: {@code acks=all}, at most 5 requests in flight. */
    public static Map<String, Object> producer(KafkaProperties kafka, KafkaConnectionDetails connection) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getProducer().getBootstrapServers());
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        return config;
    }

    /** A consumer without auto-commit that starts a new group at the earliest offset (no PUB missed). */
    public static Map<String, Object> consumer(KafkaProperties kafka, KafkaConnectionDetails connection) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getConsumer().getBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    /**
     * A consumer factory of {@link #consumer} settings whose consumers report Kafka's client metrics to
     * {@code meters} ({@code kafka_consumer_fetch_manager_records_lag_max} and the rest: the consumer-lag dashboards
     * and alert read them; a hand-made factory does not get Boot's metrics listener).
     */
    public static DefaultKafkaConsumerFactory<String, byte[]> measuredConsumers(KafkaProperties kafka,
            KafkaConnectionDetails connection, MeterRegistry meters) {
        return measured(new DefaultKafkaConsumerFactory<>(consumer(kafka, connection)), meters);
    }

    /** {@code factory}, its consumers reporting Kafka's client metrics to {@code meters}. */
    public static <K, V> DefaultKafkaConsumerFactory<K, V> measured(DefaultKafkaConsumerFactory<K, V> factory,
            MeterRegistry meters) {
        factory.addListener(new MicrometerConsumerListener<>(meters));
        return factory;
    }
}
