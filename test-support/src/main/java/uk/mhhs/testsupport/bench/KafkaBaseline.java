package uk.mhhs.testsupport.bench;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * For benchmarks: the raw-Kafka baseline. A plain {@link KafkaTemplate} sends given message bytes with the
 * durability of the services' outbox relays (idempotent, acks=all, linger 5 ms), at most N unacknowledged, timed
 * from the first send (after one untimed send that connects the producer) until every send is acknowledged.
 */
public final class KafkaBaseline {

    private final String bootstrapServers;

    /** @param bootstrapServers the broker to send to */
    public KafkaBaseline(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends every body once (with the key of the same index), at most {@code inFlight} unacknowledged. */
    public Result run(String topic, List<byte[]> bodies, List<String> keys, int inFlight) throws InterruptedException {
        return run(topic, bodies, keys, bodies.size(), inFlight);
    }

    /**
     * Sends {@code total} records cycling through {@code bodies} (with the key of the same index), at most
     * {@code inFlight} unacknowledged.
     */
    public Result run(String topic, List<byte[]> bodies, List<String> keys, int total, int inFlight)
            throws InterruptedException {
        var factory = new DefaultKafkaProducerFactory<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(factory);
        try {
            template.send(topic, keys.get(0), bodies.get(0)).join();
            Semaphore permits = new Semaphore(inFlight);
            Latencies latencies = new Latencies(total);
            long started = System.nanoTime();
            for (int i = 0; i < total; i++) {
                int k = i % bodies.size();
                permits.acquire();
                long sent = System.nanoTime();
                template.send(topic, keys.get(k), bodies.get(k)).whenComplete((r, e) -> {
                    if (e == null) {
                        latencies.record(System.nanoTime() - sent);
                    }
                    permits.release();
                });
            }
            permits.acquire(inFlight);
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Result(latencies.count(), seconds, latencies);
        } finally {
            factory.destroy();
        }
    }

    /**
     * A baseline run.
     *
     * @param acknowledged sends acknowledged without error
     * @param seconds      from the first timed send until all were acknowledged
     * @param latencies    send-to-acknowledgement latencies
     */
    public record Result(int acknowledged, double seconds, Latencies latencies) {
        /** Acknowledged sends per second. */
        public double perSecond() {
            return acknowledged / seconds;
        }
    }
}
