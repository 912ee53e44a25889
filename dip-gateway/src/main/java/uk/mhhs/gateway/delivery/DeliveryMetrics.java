package uk.mhhs.gateway.delivery;

import uk.mhhs.gateway.webhooks.Webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Delivery metrics: {@code dip.gateway.deliveries} (counter, by kind and final outcome) and
 * {@code dip.gateway.delivery.attempts} (timer of webhook calls, by kind, verdict and status class).
 */
public class DeliveryMetrics {

    private final MeterRegistry registry;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts a delivery that reached a final state. */
    public void finished(Delivery delivery, Delivery.State state) {
        Counter.builder("dip.gateway.deliveries")
                .description("Webhook deliveries by final outcome")
                .tag("kind", tag(delivery.kind().name()))
                .tag("outcome", tag(state.name()))
                .register(registry)
                .increment();
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

    private static String tag(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
