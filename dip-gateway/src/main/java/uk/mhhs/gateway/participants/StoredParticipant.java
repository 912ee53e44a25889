package uk.mhhs.gateway.participants;

import java.util.List;
import java.util.Set;

/**
 * A participant as stored in {@code dip.participant} and {@code dip.participant_role}.
 *
 * @param dipId                 10-character DIP ID
 * @param mpid                  4-letter MPID or null
 * @param name                  display name
 * @param roles                 effective-dated roles
 * @param certificatePem        signing certificate PEM, or null
 * @param apiKeySha256          hex SHA-256 of the API key, or null (no HTTP access)
 * @param connectionProviderFor DIP IDs it may send for as connection provider
 * @param active                whether it is active
 */
public record StoredParticipant(String dipId, String mpid, String name, List<RoleAssignment> roles,
                                String certificatePem, String apiKeySha256, Set<String> connectionProviderFor,
                                boolean active) {

    public StoredParticipant {
        roles = List.copyOf(roles);
        connectionProviderFor = Set.copyOf(connectionProviderFor);
    }
}
