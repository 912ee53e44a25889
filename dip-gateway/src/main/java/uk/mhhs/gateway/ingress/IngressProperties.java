package uk.mhhs.gateway.ingress;

import java.time.Duration;
import java.util.Set;

/**
 * Limits of the ingress API ({@code mhhs.gateway.*}); the body limits of every endpoint are {@code web.BodyLimit}.
 *
 * @param maxInFlight            how many send requests are processed at once; more get 429 at once (default 64)
 * @param allowedSenderClockSkew how far {@code S1.senderTimestamp} may be ahead of the DIP's clock before it is
 *                               "in the future" (MSG1007); default 1 minute
 * @param suiteSenders           the only senders a {@code dip.submissions} message may name (MSG1009 otherwise):
 *                               {@code mhhs.gateway.submissions.suite-senders}
 */
public record IngressProperties(int maxInFlight,
                                Duration allowedSenderClockSkew,
                                Set<String> suiteSenders) {

    public IngressProperties {
        suiteSenders = Set.copyOf(suiteSenders);
    }
}
