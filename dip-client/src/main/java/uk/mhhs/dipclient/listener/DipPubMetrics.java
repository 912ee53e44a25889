package uk.mhhs.dipclient.listener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * {@code dip.pub.received} (counter; tags interface, consumer, outcome), {@code dip.pub.handler}
 * (timer of the inbox transaction with the handler; tags interface, consumer) and {@code dip.pub.latency} (timer
 * from the PUB record's Kafka timestamp, i.e. its publication by the DIP, to the end of its processing here: the
 * message-to-final-status latency of the suite's own recipients; tags interface, consumer). A listener's series
 * are registered at zero when it starts ({@link #register}), so dashboards and alerts read 0 before the first PUB.
 */
final class DipPubMetrics {

    /** What became of a received PUB record. */
    enum Outcome {
        PROCESSED, DUPLICATE, NOT_ADDRESSED, FAILED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Latency buckets: a PUB is normally handled within a second; a backlog or an outage takes minutes. */
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)};

    private final MeterRegistry meters;

    DipPubMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Registers the series of a listener's interface at zero: every outcome's counter and the latency timer. */
    void register(String interfaceId, String consumer) {
        for (Outcome outcome : Outcome.values()) {
            counter(interfaceId, consumer, outcome);
        }
        latency(interfaceId, consumer);
    }

    void received(String interfaceId, String consumer, Outcome outcome) {
        counter(interfaceId, consumer, outcome).increment();
    }

    private Counter counter(String interfaceId, String consumer, Outcome outcome) {
        return Counter.builder("dip.pub.received")
                .description("PUB records received, by what became of them")
                .tags("interface", interfaceId, "consumer", consumer, "outcome", outcome.tag())
                .register(meters);
    }

    private Timer latency(String interfaceId, String consumer) {
        return Timer.builder("dip.pub.latency")
                .description("From a PUB's publication (its Kafka record timestamp) to the end of its processing")
                .tags("interface", interfaceId, "consumer", consumer)
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(meters);
    }

    /** As {@link #received}; a PROCESSED one is also timed from {@code publishedAtMillis} (the record's timestamp). */
    void received(String interfaceId, String consumer, Outcome outcome, long publishedAtMillis) {
        received(interfaceId, consumer, outcome);
        if (outcome == Outcome.PROCESSED && publishedAtMillis > 0) {
            long millis = Math.max(0, System.currentTimeMillis() - publishedAtMillis);
            latency(interfaceId, consumer).record(Duration.ofMillis(millis));
        }
    }

    <T> T timeHandler(String interfaceId, String consumer, Supplier<T> handling) {
        return Timer.builder("dip.pub.handler")
                .description("Time to process a PUB in its inbox transaction")
                .tags("interface", interfaceId, "consumer", consumer)
                .register(meters)
                .record(handling);
    }
}
