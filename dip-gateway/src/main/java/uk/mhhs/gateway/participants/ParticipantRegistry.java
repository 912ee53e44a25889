package uk.mhhs.gateway.participants;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who is registered on the DIP: look-ups by DIP ID, by API key and by role. Only active participants
 * are returned. Answers come from memory (the registry is loaded from schema {@code dip} and refreshed
 * on every change made through this instance's admin API and periodically), so calls are cheap enough
 * for every request.
 */
public interface ParticipantRegistry {

    /** The active participant with this DIP ID. */
    Optional<Participant> findByDipId(String dipId);

    /** The active participant whose API key this is (the key is hashed, never stored). */
    Optional<Participant> findByApiKey(String apiKey);

    /** Active participants holding {@code role} on {@code day}, ordered by DIP ID. */
    List<Participant> holdingRole(String role, LocalDate day);

    /** Active participants holding {@code role} today (UTC), ordered by DIP ID. */
    List<Participant> holdingRole(String role);

    /** Reloads from the database now, e.g. after a change. */
    void refresh();
}
