package uk.mhhs.dipclient.listener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.function.Supplier;

/**
 * {@code dip.pub.received} (counter; tags interface, consumer, outcome) and {@code dip.pub.handler}
 * (timer of the inbox transaction with the handler; tags interface, consumer).
 */
final class DipPubMetrics {

    /** What became of a received PUB record. */
    enum Outcome {
        PROCESSED, DUPLICATE, NOT_ADDRESSED, FAILED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final MeterRegistry meters;

    DipPubMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void received(String interfaceId, String consumer, Outcome outcome) {
        Counter.builder("dip.pub.received")
                .description("PUB records received, by what became of them")
                .tags("interface", interfaceId, "consumer", consumer, "outcome", outcome.tag())
                .register(meters)
                .increment();
    }

    <T> T timeHandler(String interfaceId, String consumer, Supplier<T> handling) {
        return Timer.builder("dip.pub.handler")
                .description("Time to process a PUB in its inbox transaction")
                .tags("interface", interfaceId, "consumer", consumer)
                .register(meters)
                .record(handling);
    }
}
