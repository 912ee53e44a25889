package uk.mhhs.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway fills {@code A0} ({@code mhhs.gateway.routing.*}).
 *
 * <pre>
 * mhhs.gateway.routing:
 *   always:                 # interface ID -> roles; every registered participant holding one is an "always" recipient
 *     "[IF-021]": [LSS, MDS]
 *   secondary:
 *     source: registration  # registration (default): supplier/MS/DS from the registration.parties topic;
 *                           # configured: only the distributor and the by-mpan table below
 *     distributor: true     # M0.distributorDIPID, when the interface goes to LDSOs and it is a registered LDSO
 *     by-mpan:              # source configured: a static stand-in for registration: MPAN core -> DIP IDs
 *       "[2000056535971]": [1400000001]
 *     startup-wait: 2m      # source registration: how long start-up waits for the topic to be read
 *     reject-unresolved: false  # source registration: MSG1037/MSG1038 when the register cannot name any
 *                           # supplier/MS/DS recipient of a message that names no primary recipient
 * </pre>
 *
 * @param always    interface ID to roles (keys matched ignoring case)
 * @param secondary which {@link SecondaryRecipientResolver} and its settings
 */
public record RoutingProperties(Map<String, List<String>> always, @DefaultValue Secondary secondary) {

    public RoutingProperties {
        Map<String, List<String>> normalised = new TreeMap<>();
        if (always != null) {
            always.forEach((id, roles) -> normalised.put(normalise(id), List.copyOf(roles)));
        }
        always = Map.copyOf(normalised);
    }

    /** The roles always sent {@code interfaceId}, e.g. {@code [LSS, MDS]} for IF-021; empty if none. */
    public List<String> alwaysRoles(String interfaceId) {
        return always.getOrDefault(normalise(interfaceId), List.of());
    }

    static String normalise(String id) {
        return id.replace("[", "").replace("]", "").trim().toUpperCase(Locale.ROOT);
    }

    /** Where secondary recipients come from. */
    public enum Source {
        /** {@link RegisteredSecondaryRecipients}: the register, from the compacted topic registration.parties. */
        REGISTRATION,
        /** {@link ConfiguredSecondaryRecipients}: the distributor and the static {@code by-mpan} table. */
        CONFIGURED
    }

    /**
     * @param source      which resolver routes (default {@code registration})
     * @param distributor whether {@code M0.distributorDIPID} is a secondary recipient of interfaces DES138 sends
     *                    to LDSOs (when it is a registered participant holding LDSO)
     * @param byMpan      MPAN core to DIP IDs (source {@code configured})
     * @param startupWait how long the gateway's start waits for the registration topic to be read (source
     *                    {@code registration}); after it, routing starts from what has been read
     * @param rejectUnresolved source {@code registration}: reject (400 MSG1037 / MSG1038, the batch whole) a message
     *                    that names no primary recipient, for an interface going to a supplier, MS or DS that is
     *                    not an "always" role, when it has no MPAN or the register has none of those parties for
     *                    it today; default false (routed to what resolves, as before), because the DIP's exact rule
     *                    is not published and a suite run without the registration service would reject its data
     */
    public record Secondary(@DefaultValue("registration") Source source, @DefaultValue("true") boolean distributor,
                            Map<String, List<String>> byMpan, @DefaultValue("2m") Duration startupWait,
                            @DefaultValue("false") boolean rejectUnresolved) {

        /** The configured table (tests). */
        public Secondary(boolean distributor, Map<String, List<String>> byMpan) {
            this(Source.CONFIGURED, distributor, byMpan, Duration.ofMinutes(2), false);
        }

        @ConstructorBinding
        public Secondary {
            Map<String, List<String>> normalised = new TreeMap<>();
            if (byMpan != null) {
                byMpan.forEach((mpan, ids) -> normalised.put(normalise(mpan), List.copyOf(ids)));
            }
            byMpan = Map.copyOf(normalised);
        }
    }
}
