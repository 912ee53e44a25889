package uk.mhhs.gateway.participants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The {@link ParticipantRegistry} held in memory as an immutable snapshot, swapped whole on reload.
 * Certificates are parsed once per load; a participant whose certificate cannot be parsed is kept,
 * without one (its signed requests are then refused), and the problem is logged.
 */
@Component
public class CachedParticipantRegistry implements ParticipantRegistry {

    private static final Logger log = LoggerFactory.getLogger(CachedParticipantRegistry.class);

    private final ParticipantStore store;
    private final Clock clock;
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    public CachedParticipantRegistry(ParticipantStore store, ObjectProvider<Clock> clock) {
        this.store = store;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        refresh();
    }

    @Override
    public Optional<Participant> findByDipId(String dipId) {
        return dipId == null ? Optional.empty() : Optional.ofNullable(snapshot.byDipId.get(dipId));
    }

    @Override
    public Optional<Participant> findByApiKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot.byApiKeyHash.get(ApiKeys.hash(apiKey.trim())));
    }

    @Override
    public List<Participant> holdingRole(String role, LocalDate day) {
        return snapshot.byDipId.values().stream().filter(p -> p.holdsRole(role, day)).toList();
    }

    @Override
    public List<Participant> holdingRole(String role) {
        return holdingRole(role, LocalDate.now(clock));
    }

    @Override
    @Scheduled(fixedDelayString = "#{@participantsProperties.refreshInterval()}",
            initialDelayString = "#{@participantsProperties.refreshInterval()}")
    public synchronized void refresh() {
        Map<String, Participant> byDipId = new TreeMap<>();
        Map<String, Participant> byApiKeyHash = new HashMap<>();
        for (StoredParticipant stored : store.findAll()) {
            if (!stored.active()) {
                continue;
            }
            Participant participant = new Participant(stored.dipId(), stored.mpid(), stored.name(), stored.roles(),
                    certificateOf(stored), stored.connectionProviderFor(), true);
            byDipId.put(participant.dipId(), participant);
            if (stored.apiKeySha256() != null) {
                byApiKeyHash.put(stored.apiKeySha256(), participant);
            }
        }
        snapshot = new Snapshot(byDipId, byApiKeyHash);
    }

    private static SigningCertificate certificateOf(StoredParticipant stored) {
        if (stored.certificatePem() == null || stored.certificatePem().isBlank()) {
            return null;
        }
        try {
            return SigningCertificate.fromPem(stored.certificatePem());
        } catch (IllegalArgumentException e) {
            log.warn("participant {} has an unusable signing certificate: {}", stored.dipId(), e.getMessage());
            return null;
        }
    }

    /** All active participants, ordered by DIP ID. */
    public List<Participant> all() {
        return new ArrayList<>(snapshot.byDipId.values());
    }

    private record Snapshot(Map<String, Participant> byDipId, Map<String, Participant> byApiKeyHash) {
        static final Snapshot EMPTY = new Snapshot(new TreeMap<>(), Map.of());
    }
}
