package uk.mhhs.localsuite.demo;

import uk.mhhs.localsuite.RunningSuite;
import uk.mhhs.localsuite.services.SuiteService;

import java.util.Map;
import java.util.TreeMap;

/**
 * The gateway's count of DIP messages by interface and outcome ({@code dip_ingress_messages_total}: accepted,
 * rejected, refused), and what a service received by interface ({@code dip_pub_received_total}), each read from the
 * service's Prometheus endpoint. Differences of two readings are what a phase of the day sent.
 */
public final class MessageCounts {

    private final SuiteClient client;
    private final RunningSuite suite;

    public MessageCounts(SuiteClient client, RunningSuite suite) {
        this.client = client;
        this.suite = suite;
    }

    public Metrics scrape(SuiteService service) {
        return Metrics.parse(client.text(suite.prometheusUrl(service)));
    }

    /** interface → outcome → messages, as the gateway counted them so far. */
    public Map<String, Map<String, Long>> gateway() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Metrics.Sample s : scrape(SuiteService.DIP_GATEWAY).samples("dip_ingress_messages_total")) {
            counts.computeIfAbsent(s.labels().getOrDefault("interface", "?"), k -> new TreeMap<>())
                    .merge(s.labels().getOrDefault("outcome", "?"), Math.round(s.value()), Long::sum);
        }
        return counts;
    }

    /** Messages of {@code interfaceId} the gateway accepted so far. */
    public long accepted(String interfaceId) {
        return Math.round(scrape(SuiteService.DIP_GATEWAY).sum("dip_ingress_messages_total", "interface", interfaceId,
                "outcome", "accepted"));
    }

    /** PUB records of {@code interfaceId} {@code service} received so far (every consumer, every outcome). */
    public long received(SuiteService service, String interfaceId) {
        return Math.round(scrape(service).sum("dip_pub_received_total", "interface", interfaceId));
    }

    /** {@code after − before}, per interface and outcome, leaving out what did not change. */
    public static Map<String, Map<String, Long>> difference(Map<String, Map<String, Long>> before,
                                                           Map<String, Map<String, Long>> after) {
        Map<String, Map<String, Long>> d = new TreeMap<>();
        after.forEach((channel, outcomes) -> outcomes.forEach((outcome, n) -> {
            long was = before.getOrDefault(channel, Map.of()).getOrDefault(outcome, 0L);
            if (n - was != 0) {
                d.computeIfAbsent(channel, k -> new TreeMap<>()).put(outcome, n - was);
            }
        }));
        return d;
    }
}
