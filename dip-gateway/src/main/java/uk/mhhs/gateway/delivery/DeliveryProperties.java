package uk.mhhs.gateway.delivery;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.mhhs.gateway.webhooks.WebhookRules;

/**
 * Settings of webhook delivery, replay and status forwarding ({@code mhhs.gateway.delivery.*}, bound by {@code GatewayProperties}).
 *
 * @param enabled whether the Kafka consumers and the dispatcher run (the HTTP endpoints always do)
 * @param concurrency how many webhook calls may be in flight at once (the bounded sender pool)
 * @param pollInterval how often the dispatcher looks for due deliveries when nothing wakes it earlier
 * @param connectTimeout TCP/TLS connect timeout of a webhook call
 * @param requestTimeout time allowed for a webhook's answer; longer counts as a network error (retried)
 * @param lease how long a claimed delivery stays reserved for one dispatcher; must exceed the
 *     request timeout so that two gateway instances never send the same delivery at once
 * @param retry back-off of retryable failures
 * @param topicRefresh how often the consumer of {@code dip.pub.*} looks for new publication topics
 * @param retention how long PUBs, status messages and their deliveries are kept (replay window)
 * @param housekeepingInterval how often expired rows are removed
 * @param replayLimit most messages one replay or requeue request returns or re-pushes
 * @param webhooks what a webhook URL may be (https, no private addresses) and how much of its answer is read
 * @param statusOperators DIP IDs of the DIP's operators (service desk): they may send status messages to any
 *     participant and receive them from any; everyone else only about a PUB they received, to its sender
 */
public record DeliveryProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("8") int concurrency,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration requestTimeout,
        @DefaultValue("2m") Duration lease,
        @DefaultValue Retry retry,
        @DefaultValue("30s") Duration topicRefresh,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("1h") Duration housekeepingInterval,
        @DefaultValue("1000") int replayLimit,
        @DefaultValue WebhookRules webhooks,
        @DefaultValue List<String> statusOperators) {

    public DeliveryProperties {
        statusOperators = statusOperators == null ? List.of() : List.copyOf(statusOperators);
    }

    /**
     * Exponential back-off: attempt n+1 waits {@code initial × multiplier^(n-1)}, at most {@code max};
     * after {@code maxAttempts} attempts the delivery is {@code FAILED}.
     *
     * @param initial wait after the first failed attempt
     * @param multiplier growth per further attempt
     * @param max longest wait
     * @param maxAttempts attempts in all, the first included
     */
    public record Retry(
            @DefaultValue("1s") Duration initial,
            @DefaultValue("2") double multiplier,
            @DefaultValue("5m") Duration max,
            @DefaultValue("10") int maxAttempts) {
    }
}
