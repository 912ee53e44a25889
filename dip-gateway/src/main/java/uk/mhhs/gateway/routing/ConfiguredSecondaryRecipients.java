package uk.mhhs.gateway.routing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.mhhs.gateway.participants.ParticipantRegistry;

/**
 * The default {@link SecondaryRecipientResolver}, a static stand-in until registration data feeds routing: the
 * MPAN's distributor ({@code M0.distributorDIPID}) for interfaces DES138 sends to LDSOs, plus a configured
 * MPAN-to-DIP-ID table ({@code mhhs.gateway.routing.secondary.*}). Only registered participants are returned.
 */
public class ConfiguredSecondaryRecipients implements SecondaryRecipientResolver {

    private final RoutingProperties.Secondary table;
    private final ParticipantRegistry registry;
    private final Clock clock;

    public ConfiguredSecondaryRecipients(RoutingProperties.Secondary table, ParticipantRegistry registry,
                                         Clock clock) {
        this.table = table;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public List<String> secondaryRecipients(RoutingRequest request) {
        Set<String> recipients = new LinkedHashSet<>();
        if (table.distributor() && request.distributorDipId() != null && request.channel().isReceivedBy("LDSO")
                && registry.findByDipId(request.distributorDipId())
                        .filter(p -> p.holdsRole("LDSO", LocalDate.now(clock))).isPresent()) {
            recipients.add(request.distributorDipId());
        }
        if (request.mpanCore() != null) {
            recipients.addAll(table.byMpan().getOrDefault(request.mpanCore(), List.of()));
        }
        recipients.removeIf(id -> registry.findByDipId(id).isEmpty());
        return List.copyOf(recipients);
    }
}
