package uk.mhhs.gateway.routing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway fills {@code A0} ({@code mhhs.gateway.routing.*}).
 *
 * <pre>
 * mhhs.gateway.routing:
 *   always:                 # interface ID -> roles; every registered participant holding one is an "always" recipient
 *     "[IF-021]": [LSS, MDS]
 *   secondary:
 *     distributor: true     # M0.distributorDIPID, when the interface goes to LDSOs and it is a registered LDSO
 *     by-mpan:              # a static stand-in for registration: MPAN core -> DIP IDs
 *       "[2000056535971]": [1400000001]
 * </pre>
 *
 * @param always    interface ID to roles (keys matched ignoring case)
 * @param secondary the default {@link SecondaryRecipientResolver}'s table
 */
@ConfigurationProperties("mhhs.gateway.routing")
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

    /**
     * @param distributor whether {@code M0.distributorDIPID} is a secondary recipient of interfaces DES138 sends
     *                    to LDSOs (when it is a registered participant holding LDSO)
     * @param byMpan      MPAN core to DIP IDs
     */
    public record Secondary(@DefaultValue("true") boolean distributor, Map<String, List<String>> byMpan) {

        public Secondary {
            Map<String, List<String>> normalised = new TreeMap<>();
            if (byMpan != null) {
                byMpan.forEach((mpan, ids) -> normalised.put(normalise(mpan), List.copyOf(ids)));
            }
            byMpan = Map.copyOf(normalised);
        }
    }
}
