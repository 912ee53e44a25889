package uk.mhhs.gateway.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Delivery metrics: {@code dip.gateway.deliveries} (counter, by kind and final outcome),
 * {@code dip.gateway.delivery.latency} (timer from a delivery's queueing, i.e. the message's publication to the
 * recipient, to its final state, by kind and outcome: the message-to-final-status latency operators watch) and
 * {@code dip.gateway.delivery.attempts} (timer of webhook calls, by kind, verdict and status class).
 * The counter and latency series of every kind and final outcome are registered at zero on start-up, so a
 * dashboard or alert on failures reads 0 rather than nothing before the first failure.
 */
public class DeliveryMetrics {

    /** Latency buckets: a delivery on a healthy webhook takes well under a second, retries take minutes to hours. */
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6)};

    private static final List<Delivery.State> FINAL_STATES = List.of(Delivery.State.DELIVERED,
            Delivery.State.REJECTED, Delivery.State.FAILED, Delivery.State.NO_WEBHOOK);

    private final MeterRegistry registry;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Delivery.Kind kind : Delivery.Kind.values()) {
            for (Delivery.State state : FINAL_STATES) {
                counter(kind, state);
                latency(kind, state);
            }
        }
    }

    /** Counts a delivery that reached a final state at {@code finishedAt} and times it from its queueing. */
    public void finished(Delivery delivery, Delivery.State state, Instant finishedAt) {
        counter(delivery.kind(), state).increment();
        Duration latency = Duration.between(delivery.createdAt(), finishedAt);
        latency(delivery.kind(), state).record(latency.isNegative() ? Duration.ZERO : latency);
    }

    /** Times one webhook call. */
    public void attempt(Delivery delivery, DeliveryAttempt attempt) {
        Timer.builder("dip.gateway.delivery.attempts")
                .description("Webhook call latency")
                .tag("kind", tag(delivery.kind().name()))
                .tag("verdict", tag(attempt.verdict().name()))
                .tag("status", attempt.statusCode() == null ? "none" : (attempt.statusCode() / 100) + "xx")
                .register(registry)
                .record(attempt.duration().isNegative() ? Duration.ZERO : attempt.duration());
    }

    private Counter counter(Delivery.Kind kind, Delivery.State state) {
        return Counter.builder("dip.gateway.deliveries")
                .description("Webhook deliveries by final outcome")
                .tag("kind", tag(kind.name()))
                .tag("outcome", tag(state.name()))
                .register(registry);
    }

    private Timer latency(Delivery.Kind kind, Delivery.State state) {
        return Timer.builder("dip.gateway.delivery.latency")
                .description("From a message's publication to the recipient to its delivery's final state")
                .tag("kind", tag(kind.name()))
                .tag("outcome", tag(state.name()))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry);
    }

    private static String tag(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
