package uk.mhhs.gateway.participants;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes {@code dip.participant} and {@code dip.participant_role}. */
@Repository
public class ParticipantStore {

    private final JdbcTemplate jdbc;

    public ParticipantStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every participant, active or not, ordered by DIP ID. */
    public List<StoredParticipant> findAll() {
        Map<String, List<RoleAssignment>> roles = new HashMap<>();
        jdbc.query("select dip_id, role, effective_from, effective_to from dip.participant_role "
                + "order by dip_id, role, effective_from", rs -> {
                    roles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new RoleAssignment(
                            rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
                            rs.getObject(4, java.time.LocalDate.class)));
                });
        Map<String, StoredParticipant> all = new LinkedHashMap<>();
        jdbc.query("select dip_id, mpid, name, certificate_pem, api_key_sha256, connection_provider_for, active "
                + "from dip.participant order by dip_id", rs -> {
                    String dipId = rs.getString(1);
                    all.put(dipId, row(rs, roles.getOrDefault(dipId, List.of())));
                });
        return List.copyOf(all.values());
    }

    public Optional<StoredParticipant> find(String dipId) {
        return findAll().stream().filter(p -> p.dipId().equals(dipId)).findFirst();
    }

    /** Inserts a new participant; false if the DIP ID exists already. */
    @Transactional
    public boolean insert(StoredParticipant participant) {
        int inserted = writeParticipantRow("insert into dip.participant (dip_id, mpid, name, certificate_pem, "
                + "api_key_sha256, connection_provider_for, active) values (?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (dip_id) do nothing",
                ps -> {
                    ps.setString(1, participant.dipId());
                    bindDetails(ps, 2, participant);
                });
        if (inserted == 0) {
            return false;
        }
        insertRoles(participant);
        return true;
    }

    /** Replaces an existing participant's details and roles; false if there is none. */
    @Transactional
    public boolean update(StoredParticipant participant) {
        int updated = writeParticipantRow("update dip.participant set mpid = ?, name = ?, certificate_pem = ?, "
                + "api_key_sha256 = ?, connection_provider_for = ?, active = ?, updated_at = now() where dip_id = ?",
                ps -> {
                    bindDetails(ps, 1, participant);
                    ps.setString(7, participant.dipId());
                });
        if (updated == 0) {
            return false;
        }
        jdbc.update("delete from dip.participant_role where dip_id = ?", participant.dipId());
        insertRoles(participant);
        return true;
    }

    /**
     * Writes the participant row. Its one unique key besides the DIP ID (which the insert skips on conflict and
     * the update does not change) is {@code api_key_sha256}, so a duplicate key here is an API key held by
     * another participant.
     *
     * @throws ApiKeyInUse if so
     */
    private int writeParticipantRow(String sql, PreparedStatementSetter values) {
        try {
            return jdbc.update(sql, values);
        } catch (DuplicateKeyException e) {
            throw new ApiKeyInUse();
        }
    }

    private void insertRoles(StoredParticipant participant) {
        jdbc.batchUpdate("insert into dip.participant_role (dip_id, role, effective_from, effective_to) "
                + "values (?, ?, ?, ?)", participant.roles(), participant.roles().size(), (ps, role) -> {
                    ps.setString(1, participant.dipId());
                    ps.setString(2, role.role());
                    ps.setDate(3, Date.valueOf(role.effectiveFrom()));
                    ps.setDate(4, role.effectiveTo() == null ? null : Date.valueOf(role.effectiveTo()));
                });
    }

    private static void bindDetails(java.sql.PreparedStatement ps, int first, StoredParticipant p)
            throws SQLException {
        ps.setString(first, p.mpid());
        ps.setString(first + 1, p.name());
        ps.setString(first + 2, p.certificatePem());
        ps.setString(first + 3, p.apiKeySha256());
        ps.setArray(first + 4, ps.getConnection().createArrayOf("varchar",
                p.connectionProviderFor().stream().sorted().toArray()));
        ps.setBoolean(first + 5, p.active());
    }

    private static StoredParticipant row(ResultSet rs, List<RoleAssignment> roles) throws SQLException {
        Array providerFor = rs.getArray(6);
        Set<String> ids = providerFor == null ? Set.of()
                : Set.copyOf(Arrays.asList((String[]) providerFor.getArray()));
        return new StoredParticipant(rs.getString(1), rs.getString(2), rs.getString(3), roles, rs.getString(4),
                rs.getString(5), ids, rs.getBoolean(7));
    }
}
