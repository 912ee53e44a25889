package uk.mhhs.gateway.webhooks;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a webhook may be ({@code mhhs.gateway.delivery.webhooks.*}). The defaults are the safe ones; the {@code local}
 * profile, {@code local-suite}, {@code docker-compose.yml} and the tests relax the first two.
 *
 * @param allowPrivateAddresses whether callback hosts may resolve to loopback, private (RFC 1918, IPv6 unique
 *                              local), link-local (incl. the 169.254.169.254 metadata service), unspecified or
 *                              multicast addresses (default false)
 * @param requireHttps          whether callback URLs must be https (default true)
 * @param maxAnswerBytes        how much of a webhook's answer body is read (default 64 KiB); the rest is dropped
 *                              with the connection
 */
public record WebhookRules(@DefaultValue("false") boolean allowPrivateAddresses,
                           @DefaultValue("true") boolean requireHttps,
                           @DefaultValue("65536") int maxAnswerBytes) {

    /** The safe defaults. */
    public static WebhookRules safe() {
        return new WebhookRules(false, true, 65536);
    }
}
