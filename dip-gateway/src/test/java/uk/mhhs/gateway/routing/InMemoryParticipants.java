package uk.mhhs.gateway.routing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.mhhs.gateway.participants.Participant;
import uk.mhhs.gateway.participants.ParticipantRegistry;
import uk.mhhs.gateway.participants.RoleAssignment;

/** A {@link ParticipantRegistry} in memory, for rule tests without a database. */
public final class InMemoryParticipants implements ParticipantRegistry {

    private final Map<String, Participant> byDipId = new TreeMap<>();

    /** Adds an active participant holding {@code roles} since ever; returns this. */
    public InMemoryParticipants with(String dipId, String... roles) {
        return with(dipId, Set.of(), roles);
    }

    /** Adds an active participant that may send for {@code connectsFor}; returns this. */
    public InMemoryParticipants with(String dipId, Set<String> connectsFor, String... roles) {
        byDipId.put(dipId, new Participant(dipId, null, "test " + dipId,
                List.of(roles).stream().map(RoleAssignment::of).toList(), null, connectsFor, true));
        return this;
    }

    @Override
    public Optional<Participant> findByDipId(String dipId) {
        return Optional.ofNullable(dipId == null ? null : byDipId.get(dipId));
    }

    @Override
    public Optional<Participant> findByApiKey(String apiKey) {
        return Optional.empty();
    }

    @Override
    public List<Participant> holdingRole(String role, LocalDate day) {
        return byDipId.values().stream().filter(p -> p.holdsRole(role, day)).toList();
    }

    @Override
    public List<Participant> holdingRole(String role) {
        return holdingRole(role, LocalDate.now(ZoneOffset.UTC));
    }

    @Override
    public void refresh() {
    }
}
