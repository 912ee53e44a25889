package uk.mhhs.gateway.participants;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A registered DIP participant: a market participant or one of the suite's own services.
 *
 * @param dipId                 10-character DIP ID
 * @param mpid                  4-letter market participant ID, or null (e.g. central services)
 * @param name                  display name
 * @param roles                 the market roles held, effective-dated
 * @param signingCertificate    the certificate its requests must be signed with, or null (Kafka-only
 *                              participants such as our own services)
 * @param connectionProviderFor DIP IDs it may send for, naming itself in {@code S1.DIPConnectionProviderID}
 * @param active                inactive participants are treated as unknown
 */
public record Participant(String dipId, String mpid, String name, List<RoleAssignment> roles,
                          SigningCertificate signingCertificate, Set<String> connectionProviderFor,
                          boolean active) {

    public Participant {
        roles = List.copyOf(roles);
        connectionProviderFor = Set.copyOf(connectionProviderFor);
    }

    /** Whether it holds {@code role} on {@code day}. */
    public boolean holdsRole(String role, LocalDate day) {
        for (RoleAssignment assignment : roles) {
            if (assignment.role().equals(role) && assignment.heldOn(day)) {
                return true;
            }
        }
        return false;
    }

    /** The roles held on {@code day}, sorted. */
    public Set<String> rolesOn(LocalDate day) {
        Set<String> held = new TreeSet<>();
        roles.stream().filter(r -> r.heldOn(day)).forEach(r -> held.add(r.role()));
        return held;
    }

    /** Whether it may send on behalf of {@code senderDipId} as its connection provider. */
    public boolean mayConnectFor(String senderDipId) {
        return connectionProviderFor.contains(senderDipId);
    }
}
