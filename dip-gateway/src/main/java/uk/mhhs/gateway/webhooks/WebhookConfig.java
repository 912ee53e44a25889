package uk.mhhs.gateway.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;

/**
 * Body of {@code POST .../pubconfig/{recipient-id}} and {@code POST /statusmessage/config/{recipient-id}}
 * (spec {@code WebhookConfig}).
 *
 * @param callbackURL where to push; must be an absolute http or https URL
 * @param maxMessageCount optional, stored, not used
 * @param maxPayloadSize optional, in kB, stored, not used
 */
public record WebhookConfig(
        @JsonProperty("callbackURL") String callbackURL,
        @JsonProperty("maxMessageCount") BigDecimal maxMessageCount,
        @JsonProperty("maxPayloadSize") BigDecimal maxPayloadSize) {

    /**
     * @return the webhook for {@code channel} and {@code recipientId}
     * @throws IllegalArgumentException if the callback URL is missing or not an absolute http(s) URL
     */
    public Webhook toWebhook(String channel, String recipientId, Instant now) {
        return new Webhook(channel, recipientId, callbackUri(), maxMessageCount, maxPayloadSize, now);
    }

    /**
     * @return the callback URL
     * @throws IllegalArgumentException if it is missing or not an absolute http(s) URL
     */
    public URI callbackUri() {
        if (callbackURL == null || callbackURL.isBlank()) {
            throw new IllegalArgumentException("callbackURL is required");
        }
        try {
            URI uri = new URI(callbackURL.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new IllegalArgumentException("callbackURL must be an absolute http or https URL: " + callbackURL);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("callbackURL is not a URL: " + e.getMessage(), e);
        }
    }
}
