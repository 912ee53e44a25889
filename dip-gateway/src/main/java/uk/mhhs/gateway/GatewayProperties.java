package uk.mhhs.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.mhhs.gateway.archive.ArchiveProperties;
import uk.mhhs.gateway.delivery.DeliveryProperties;
import uk.mhhs.gateway.ingress.IngressProperties;
import uk.mhhs.gateway.participants.ParticipantsProperties;
import uk.mhhs.gateway.routing.RoutingProperties;
import uk.mhhs.gateway.security.SecurityProperties;
import uk.mhhs.gateway.submissions.SubmissionsProperties;

/**
 * Every setting of the gateway ({@code mhhs.gateway.*}): the one configuration-properties record. Each room gets its
 * own part as a bean (see {@link GatewayConfiguration}) and never reads keys itself.
 *
 * @param maxBodyBytes           largest request body any endpoint accepts (web.BodyLimitFilter): a larger declared
 *                               Content-Length gets 413 before the body is read, a longer body fails at the limit
 *                               while being read (default 1 MiB)
 * @param maxBodyReadTime        longest time any endpoint spends reading one request body, however steadily the
 *                               client trickles it (408; default 30 s); {@code server.tomcat.connection-timeout}
 *                               cuts off a client that sends nothing at all
 * @param maxInFlight            how many send requests are processed at once; more get 429 at once (default 64)
 * @param allowedSenderClockSkew how far {@code S1.senderTimestamp} may be ahead of the DIP's clock before it is
 *                               "in the future" (MSG1007); default 1 minute
 * @param tls                    the development TLS key store (read before binding, by
 *                               {@code security.DevelopmentKeyStore}; declared here so it is documented)
 * @param security               authentication of requests, the gateway's signing credential
 * @param participants           the participant registry and its admin API
 * @param archive                retention of the ingress archive
 * @param submissions            the {@code dip.submissions} consumer and the topics the gateway declares
 * @param routing                how {@code A0} recipients are found
 * @param delivery               webhook delivery, replay and status forwarding
 * @param reportSenders          the roles that send each ECS report (REP-nnn): DES138, from which the catalogue's
 *                               sender roles come, does not list the reports, so without this every report is
 *                               refused MSG1010. A reconstruction from the reports' descriptions (VAS sends its
 *                               allocation reports, MDS its aggregation ones): configurable.
 */
@ConfigurationProperties("mhhs.gateway")
public record GatewayProperties(@DefaultValue("1048576") long maxBodyBytes,
                                @DefaultValue("30s") Duration maxBodyReadTime,
                                @DefaultValue("64") int maxInFlight,
                                @DefaultValue("PT1M") Duration allowedSenderClockSkew,
                                @DefaultValue Tls tls,
                                @DefaultValue SecurityProperties security,
                                @DefaultValue ParticipantsProperties participants,
                                @DefaultValue ArchiveProperties archive,
                                @DefaultValue SubmissionsProperties submissions,
                                @DefaultValue RoutingProperties routing,
                                @DefaultValue DeliveryProperties delivery,
                                Map<String, Set<String>> reportSenders) {

    /** The ingress limits. */
    public IngressProperties ingress() {
        return new IngressProperties(maxInFlight, allowedSenderClockSkew, submissions.suiteSenders(), reportSenders);
    }

    /**
     * @param devKeystore         where a generated development key store for HTTPS is kept (local use only)
     * @param devKeystorePassword its password
     */
    public record Tls(@DefaultValue(".local-suite/dip-gateway/dev-keystore.p12") String devKeystore,
                      @DefaultValue("development-only") String devKeystorePassword) {
    }
}
