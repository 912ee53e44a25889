package uk.mhhs.gateway.ingress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.mhhs.common.catalogue.InterfaceDefinition;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.validation.Violation;
import uk.mhhs.gateway.participants.Participant;
import uk.mhhs.gateway.participants.ParticipantRegistry;

/**
 * Who may send what: a message from {@code dip.submissions} names one of the suite's own services as sender
 * (MSG1009: the topic carries no signature, so naming anyone else would sign and deliver in their name); the
 * sender DIP ID is a registered participant (MSG1009); it holds the role it sends in and the catalogue lists that
 * role as a sender of the interface (MSG1010); and a message that arrives over another party's connection names
 * that party as its connection provider, which must be registered to act for the sender (MSG1011).
 */
final class SenderRules {

    static final String S1 = "$.payload.CommonBlock.S1.";

    private final ParticipantRegistry registry;
    private final Set<String> suiteSenders;
    private final Map<String, Set<String>> reportSenders;

    /**
     * @param registry     the registered participants
     * @param suiteSenders the DIP IDs a {@code dip.submissions} message may name as sender
     */
    SenderRules(ParticipantRegistry registry, Set<String> suiteSenders) {
        this(registry, suiteSenders, Map.of());
    }

    /**
     * @param reportSenders sender roles of channels the catalogue names none for (the ECS reports, REP-nnn, are not
     *                      in DES138), by channel ID: {@code mhhs.gateway.report-senders}
     */
    SenderRules(ParticipantRegistry registry, Set<String> suiteSenders, Map<String, Set<String>> reportSenders) {
        this.registry = registry;
        this.suiteSenders = Set.copyOf(suiteSenders);
        this.reportSenders = Map.copyOf(reportSenders);
    }

    /**
     * @param channel     the interface
     * @param facts       the message
     * @param connectedAs the participant whose API key the request carried; null for our own services' Kafka
     *                    submissions
     * @param today       the day roles are checked on
     */
    List<Violation> check(InterfaceDefinition channel, MessageFacts facts, Participant connectedAs, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (facts.senderDipId() == null) {
            return violations;
        }
        if (connectedAs == null && !suiteSenders.contains(facts.senderDipId())) {
            violations.add(new Violation(ResponseCode.MSG1009, S1 + "senderDIPID", "Expected the DIP ID of one of "
                    + "the suite's own services, the only senders dip.submissions takes, but found "
                    + facts.senderDipId() + "."));
            return violations;
        }
        Optional<Participant> sender = registry.findByDipId(facts.senderDipId());
        if (sender.isEmpty()) {
            violations.add(new Violation(ResponseCode.MSG1009, S1 + "senderDIPID",
                    "Expected the DIP ID of a registered participant but found " + facts.senderDipId() + "."));
        } else if (facts.senderRole() != null) {
            checkRole(channel, sender.get(), facts.senderRole(), today).ifPresent(violations::add);
        }
        checkConnection(facts, connectedAs).ifPresent(violations::add);
        return violations;
    }

    private Optional<Violation> checkRole(InterfaceDefinition channel, Participant sender, String role,
                                          LocalDate today) {
        Set<String> configured = channel.senderRoles().isEmpty()
                ? reportSenders.getOrDefault(channel.id(), Set.of()) : Set.of();
        if (!channel.isSentBy(role) && !configured.contains(role)) {
            List<String> senders = channel.senderRoles().isEmpty() ? configured.stream().sorted().toList()
                    : channel.senderRoles();
            return Optional.of(new Violation(ResponseCode.MSG1010, S1 + "senderRoleID", "Expected a role that sends "
                    + channel.id() + " (" + String.join(", ", senders) + ") but found " + role + "."));
        }
        if (!sender.holdsRole(role, today)) {
            return Optional.of(new Violation(ResponseCode.MSG1010, S1 + "senderRoleID", "Expected a role "
                    + sender.dipId() + " holds on " + today + " " + sender.rolesOn(today) + " but found " + role + "."));
        }
        return Optional.empty();
    }

    private Optional<Violation> checkConnection(MessageFacts facts, Participant connectedAs) {
        String provider = facts.connectionProviderId();
        String sender = facts.senderDipId();
        String path = S1 + "DIPConnectionProviderID";
        if (connectedAs == null) {
            if (provider == null) {
                return Optional.empty();
            }
            Optional<Participant> registered = registry.findByDipId(provider);
            if (registered.isEmpty() || !registered.get().mayConnectFor(sender)) {
                return Optional.of(new Violation(ResponseCode.MSG1011, path, "Expected null or a participant "
                        + "registered as connection provider for " + sender + " but found " + provider + "."));
            }
            return Optional.empty();
        }
        String caller = connectedAs.dipId();
        if (provider == null) {
            return sender.equals(caller) ? Optional.empty() : Optional.of(new Violation(ResponseCode.MSG1011, path,
                    "Expected " + caller + ", the owner of the API key, as connection provider of a message sent for "
                            + sender + " but found null."));
        }
        if (!provider.equals(caller)) {
            return Optional.of(new Violation(ResponseCode.MSG1011, path, "Expected " + caller
                    + ", the owner of the API key, but found " + provider + "."));
        }
        if (!sender.equals(caller) && !connectedAs.mayConnectFor(sender)) {
            return Optional.of(new Violation(ResponseCode.MSG1011, path, "Expected a connection provider registered "
                    + "to send for " + sender + " but " + caller + " is not."));
        }
        return Optional.empty();
    }
}
