package uk.mhhs.gateway.ingress;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Limits of the ingress API ({@code mhhs.gateway.*}); the body limits of every endpoint are {@code web.BodyLimit}.
 *
 * @param maxInFlight            how many send requests are processed at once; more get 429 at once (default 64)
 * @param allowedSenderClockSkew how far {@code S1.senderTimestamp} may be ahead of the DIP's clock before it is
 *                               "in the future" (MSG1007); default 1 minute
 * @param suiteSenders           the only senders a {@code dip.submissions} message may name (MSG1009 otherwise):
 *                               {@code mhhs.gateway.submissions.suite-senders}
 * @param reportSenders          sender roles of the channels the catalogue names none for (the ECS reports):
 *                               {@code mhhs.gateway.report-senders}
 */
public record IngressProperties(int maxInFlight,
                                Duration allowedSenderClockSkew,
                                Set<String> suiteSenders,
                                Map<String, Set<String>> reportSenders) {

    public IngressProperties {
        suiteSenders = Set.copyOf(suiteSenders);
        reportSenders = reportSenders == null ? Map.of() : Map.copyOf(reportSenders);
    }

    public IngressProperties(int maxInFlight, Duration allowedSenderClockSkew, Set<String> suiteSenders) {
        this(maxInFlight, allowedSenderClockSkew, suiteSenders, Map.of());
    }
}
