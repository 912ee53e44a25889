package uk.mhhs.gateway.ingress;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.common.catalogue.InterfaceDefinition;

/**
 * Ingress metrics: {@code dip.ingress.messages} counts messages accepted and rejected per interface, code and path
 * (http, kafka), and requests refused before validation (outcome {@code refused}, code {@code HTTP401},
 * {@code RCP9999}, {@code HTTP413}, {@code HTTP429}); {@code dip.ingress.request} times send requests per
 * interface and HTTP status, with a percentile histogram. Unknown interface IDs are tagged {@code unknown} so a
 * caller cannot grow the number of series.
 */
@Component
public class IngressMetrics {

    static final String MESSAGES = "dip.ingress.messages";
    static final String REQUEST = "dip.ingress.request";

    private final MeterRegistry registry;
    private final InterfaceCatalogue catalogue;
    // Building a meter ID per call costs more than the rest of the metrics; the tag sets are few and bounded.
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    IngressMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.catalogue = InterfaceCatalogue.standard();
    }

    void accepted(String interfaceId, String path, int messages) {
        counter(interfaceId, "accepted", "MSG0000", path).increment(messages);
    }

    void rejected(String interfaceId, String code, String path) {
        counter(interfaceId, "rejected", code, path).increment();
    }

    void refused(String interfaceId, String code) {
        counter(interfaceId, "refused", code, "http").increment();
    }

    void requestTook(String interfaceId, int status, Duration duration) {
        String channel = tagOf(interfaceId);
        timers.computeIfAbsent(channel + '|' + status, key -> Timer.builder(REQUEST)
                .description("Time to answer POST /dip-channel/{id}").tag("interface", channel)
                .tag("status", Integer.toString(status)).publishPercentileHistogram().register(registry))
                .record(duration);
    }

    private Counter counter(String interfaceId, String outcome, String code, String path) {
        String channel = tagOf(interfaceId);
        return counters.computeIfAbsent(channel + '|' + outcome + '|' + code + '|' + path, key ->
                Counter.builder(MESSAGES).description("DIP messages received, by outcome and response code")
                        .tag("interface", channel).tag("outcome", outcome).tag("code", code).tag("path", path)
                        .register(registry));
    }

    private String tagOf(String interfaceId) {
        return catalogue.find(interfaceId).map(InterfaceDefinition::id).orElse("unknown");
    }
}
