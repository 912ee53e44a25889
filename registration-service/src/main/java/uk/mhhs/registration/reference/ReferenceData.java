package uk.mhhs.registration.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The standing data the registration processes check against (ISD) and the central services' DIP IDs. */
public interface ReferenceData {

    /** The roles {@code dipId} holds on {@code date} (one entry per role). */
    List<Participant> rolesOf(String dipId, LocalDate date);

    /** The LDSO DIP ID of distributor {@code distributorId} (10–99) on {@code date}. */
    Optional<String> ldsoDipId(int distributorId, LocalDate date);

    /** The Market-wide Data Service's DIP ID (recipient of IF-001, IF-008, IF-036 …). */
    String mdsDipId();

    /** The Load Shaping Service's DIP ID (recipient of IF-026). */
    String lssDipId();

    /** Whether {@code dipId} holds {@code role} with MPID {@code mpid} on {@code date}. */
    default boolean holds(String dipId, String mpid, String role, LocalDate date) {
        return rolesOf(dipId, date).stream()
                .anyMatch(p -> p.dipRole().equals(role) && (mpid == null || p.mpid().equals(mpid)));
    }

    /** Whether {@code dipId} holds any of {@code roles} on {@code date}. */
    default boolean holdsAny(String dipId, java.util.Collection<String> roles, LocalDate date) {
        return rolesOf(dipId, date).stream().anyMatch(p -> roles.contains(p.dipRole()));
    }
}
