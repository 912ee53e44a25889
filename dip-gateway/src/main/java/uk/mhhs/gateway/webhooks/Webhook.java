package uk.mhhs.gateway.webhooks;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;

/**
 * A registered webhook: where the gateway pushes one recipient's messages of one channel.
 *
 * @param channel an interface ID ({@code IF-021}) or {@link #STATUS} for status messages
 * @param recipientId the recipient's DIP ID
 * @param callbackUrl absolute http(s) URL
 * @param maxMessageCount as registered; not used (the DIP ignores it too)
 * @param maxPayloadSize as registered; not used (the DIP ignores it too)
 * @param registeredAt when it was (last) registered
 */
public record Webhook(String channel, String recipientId, URI callbackUrl, BigDecimal maxMessageCount,
        BigDecimal maxPayloadSize, Instant registeredAt) {

    /** The channel of status message webhooks. */
    public static final String STATUS = "STATUS";
}
