package uk.mhhs.gateway.participants;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;

/**
 * A participant as the admin API reads and writes it ({@code /admin/participants}).
 *
 * <p>In a request, {@code apiKey} sets the participant's API key; when it is absent on creation a key is
 * generated. In a response, {@code apiKey} appears only once, in the answer to the request that set or
 * generated it; afterwards only {@code hasApiKey} tells whether there is one (the key itself is not stored).
 *
 * @param dipId                 10-character DIP ID
 * @param mpid                  4-letter MPID, or null
 * @param name                  display name
 * @param roles                 effective-dated roles
 * @param certificatePem        PEM of the RSA signing certificate, or null for Kafka-only participants
 * @param apiKey                see above
 * @param hasApiKey             response only: whether an API key is set
 * @param connectionProviderFor DIP IDs it may send for as connection provider
 * @param active                default true
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantDocument(String dipId, String mpid, String name, List<RoleAssignment> roles,
                                  String certificatePem, String apiKey, Boolean hasApiKey,
                                  Set<String> connectionProviderFor, Boolean active) {

    /**
     * This update with every field it omits (null) taken from {@code stored}, so that an update names only what
     * changes and cannot, by leaving a field out, drop a certificate, roles or a deactivation. The API key is not
     * merged here: the stored value is only its hash.
     */
    ParticipantDocument keepingOmittedFrom(StoredParticipant stored) {
        return new ParticipantDocument(dipId, mpid != null ? mpid : stored.mpid(),
                name != null ? name : stored.name(), roles != null ? roles : stored.roles(),
                certificatePem != null ? certificatePem : stored.certificatePem(), apiKey, hasApiKey,
                connectionProviderFor != null ? connectionProviderFor : stored.connectionProviderFor(),
                active != null ? active : stored.active());
    }

    static ParticipantDocument of(StoredParticipant stored, String newApiKey) {
        return new ParticipantDocument(stored.dipId(), stored.mpid(), stored.name(), stored.roles(),
                stored.certificatePem(), newApiKey, stored.apiKeySha256() != null, stored.connectionProviderFor(),
                stored.active());
    }
}
