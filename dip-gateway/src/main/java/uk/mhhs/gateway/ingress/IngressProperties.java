package uk.mhhs.gateway.ingress;

import java.time.Duration;

/**
 * Limits of the ingress API ({@code mhhs.gateway.*}).
 *
 * @param maxBodyBytes           largest body {@code POST /dip-channel/{id}} accepts; larger gets 413 before the
 *                               rest is read (default 1 MiB)
 * @param maxInFlight            how many send requests are processed at once; more get 429 at once (default 64)
 * @param allowedSenderClockSkew how far {@code S1.senderTimestamp} may be ahead of the DIP's clock before it is
 *                               "in the future" (MSG1007); default 1 minute
 */
public record IngressProperties(long maxBodyBytes,
                                int maxInFlight,
                                Duration allowedSenderClockSkew) {
}
