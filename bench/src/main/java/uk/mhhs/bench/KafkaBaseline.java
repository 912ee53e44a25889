package uk.mhhs.bench;

import uk.mhhs.testsupport.bench.Latencies;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The baseline: a raw {@link KafkaTemplate} send of the same message bytes, with the same producer durability
 * as the gateway's relay (idempotent, acks=all) and the same number of messages in flight as HTTP clients.
 */
final class KafkaBaseline {

    private final String bootstrapServers;

    KafkaBaseline(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends every body once, at most {@code inFlight} unacknowledged; returns messages per second. */
    Result run(String topic, List<byte[]> bodies, List<String> keys, int inFlight) throws InterruptedException {
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
            Latencies latencies = new Latencies(bodies.size());
            long started = System.nanoTime();
            for (int i = 0; i < bodies.size(); i++) {
                permits.acquire();
                long sent = System.nanoTime();
                template.send(topic, keys.get(i), bodies.get(i)).whenComplete((r, e) -> {
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

    record Result(int acknowledged, double seconds, Latencies latencies) {
        double perSecond() {
            return acknowledged / seconds;
        }
    }
}
