package uk.mhhs.gateway.routing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.validation.Violation;
import uk.mhhs.common.catalogue.InterfaceDefinition;
import uk.mhhs.dipclient.registration.PartyHistory.PartiesOnDate;
import uk.mhhs.dipclient.registration.PartyHistory.Party;
import uk.mhhs.dipclient.registration.RegisteredParties;
import uk.mhhs.gateway.participants.Participant;
import uk.mhhs.gateway.participants.ParticipantRegistry;

/**
 * Secondary recipients from the registration service's register, as the real DIP routes: for the message's MPAN,
 * on today's date in the UK, the registered supplier if the interface goes to suppliers (SUP), the appointed
 * Metering Service if it goes to an MS role (MSS, MSA, UMSO) and the appointed Data Service if it goes to a DS
 * role (SDS, ADS, UMSDS); plus, as {@link ConfiguredSecondaryRecipients}, {@code M0.distributorDIPID} for interfaces
 * DES138 sends to LDSOs. A party is added only if it is a registered participant holding, today, one of the
 * interface's recipient roles of its kind. The register comes from {@link RegisteredParties} (in memory, no
 * call to the registration service, see {@link uk.mhhs.dipclient.registration.RegistrationPartiesCache}); an MPAN
 * the register does not hold has only the distributor.
 *
 * <p>{@link #unresolved} says when such a message cannot be routed (raised only with
 * {@code mhhs.gateway.routing.secondary.reject-unresolved}): the interface goes to a kind of party only the register
 * can name (supplier, MS, DS; a kind whose receiving roles are all "always" recipients does not count), the sender
 * named no primary recipient, and the message has no MPAN (MSG1037) or the register finds none of those parties
 * for it today (MSG1038). A reconstruction: the DIP's own rule is not published.
 */
public class RegisteredSecondaryRecipients implements SecondaryRecipientResolver {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final List<String> SUPPLIER_ROLES = List.of("SUP");
    static final List<String> METERING_SERVICE_ROLES = List.of("MSS", "MSA", "UMSO");
    static final List<String> DATA_SERVICE_ROLES = List.of("SDS", "ADS", "UMSDS");

    private final RegisteredParties register;
    private final ParticipantRegistry registry;
    private final boolean distributor;
    private final Clock clock;

    /**
     * @param register    the MPANs' party histories
     * @param registry    the DIP's participants
     * @param distributor whether {@code M0.distributorDIPID} is added for interfaces sent to LDSOs
     * @param clock       for today's date (in the UK)
     */
    public RegisteredSecondaryRecipients(RegisteredParties register, ParticipantRegistry registry,
                                         boolean distributor, Clock clock) {
        this.register = register;
        this.registry = registry;
        this.distributor = distributor;
        this.clock = clock;
    }

    @Override
    public List<String> secondaryRecipients(RoutingRequest request) {
        LocalDate today = LocalDate.now(clock.withZone(UK));
        InterfaceDefinition channel = request.channel();
        Set<String> recipients = new LinkedHashSet<>();
        if (distributor && request.distributorDipId() != null && channel.isReceivedBy("LDSO")) {
            addIfHolding(recipients, request.distributorDipId(), List.of("LDSO"), today);
        }
        if (request.mpanCore() != null) {
            PartiesOnDate parties = register.partiesOn(request.mpanCore(), today);
            addIfReceiving(recipients, parties.supplier(), channel, SUPPLIER_ROLES, today);
            addIfReceiving(recipients, parties.meteringService(), channel, METERING_SERVICE_ROLES, today);
            addIfReceiving(recipients, parties.dataService(), channel, DATA_SERVICE_ROLES, today);
        }
        return List.copyOf(recipients);
    }

    @Override
    public Optional<Violation> unresolved(RoutingRequest request, List<String> alwaysRoles) {
        InterfaceDefinition channel = request.channel();
        List<List<String>> kinds = Stream.of(SUPPLIER_ROLES, METERING_SERVICE_ROLES, DATA_SERVICE_ROLES)
                .map(kind -> kind.stream().filter(channel::isReceivedBy).toList()).toList();
        List<String> needed = kinds.stream().filter(roles -> !roles.isEmpty() && !alwaysRoles.containsAll(roles))
                .flatMap(List::stream).toList();
        if (needed.isEmpty() || !request.primaryRecipients().isEmpty()) {
            return Optional.empty();
        }
        String path = "$.payload.CommonBlock." + (channel.m1() ? "M1.principalMPAN" : "M0.MPANCore");
        if (request.mpanCore() == null) {
            return Optional.of(new Violation(ResponseCode.MSG1037, path, "Expected an MPAN to find the "
                    + String.join("/", needed) + " recipients of " + channel.id() + " from registration but the "
                    + "message has none and names no primary recipient."));
        }
        LocalDate today = LocalDate.now(clock.withZone(UK));
        PartiesOnDate parties = register.partiesOn(request.mpanCore(), today);
        List<Party> partyOfKind = Arrays.asList(parties.supplier(), parties.meteringService(),
                parties.dataService());
        Set<String> found = new LinkedHashSet<>();
        for (int kind = 0; kind < kinds.size(); kind++) {
            List<String> roles = kinds.get(kind).stream().filter(needed::contains).toList();
            if (!roles.isEmpty()) {
                addIfReceiving(found, partyOfKind.get(kind), channel, roles, today);
            }
        }
        if (found.isEmpty()) {
            return Optional.of(new Violation(ResponseCode.MSG1038, path, "Expected MPAN " + request.mpanCore()
                    + " to have on " + today + " a registered " + String.join("/", needed) + " for " + channel.id()
                    + " " + request.eventCode() + " that is a DIP participant holding the role, but registration has "
                    + "none, and the message names no primary recipient."));
        }
        return Optional.empty();
    }

    private void addIfReceiving(Set<String> recipients, Party party, InterfaceDefinition channel,
                                List<String> kindRoles, LocalDate today) {
        if (party == null) {
            return;
        }
        List<String> receiving = kindRoles.stream().filter(channel::isReceivedBy).toList();
        if (!receiving.isEmpty()) {
            addIfHolding(recipients, party.dipId(), receiving, today);
        }
    }

    private void addIfHolding(Set<String> recipients, String dipId, List<String> roles, LocalDate today) {
        registry.findByDipId(dipId).filter(p -> holdsAny(p, roles, today)).ifPresent(p -> recipients.add(dipId));
    }

    private static boolean holdsAny(Participant participant, List<String> roles, LocalDate day) {
        for (String role : roles) {
            if (participant.holdsRole(role, day)) {
                return true;
            }
        }
        return false;
    }
}
