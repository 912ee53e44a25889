package uk.mhhs.registration.process.appointment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.sql.Date;
import java.util.List;
import java.util.Optional;

/** The {@code appointment_request} table. */
@Repository
public class AppointmentRequests {

    private static final RowMapper<AppointmentRequest> ROW = (rs, n) -> new AppointmentRequest(rs.getLong("id"),
            rs.getString("mpan_core"), rs.getString("service"), rs.getString("scenario"),
            rs.getString("css_registration_id"), rs.getString("requesting_dip_id"), rs.getString("requesting_mpid"),
            rs.getString("proposed_dip_id"), rs.getString("proposed_mpid"),
            rs.getObject("effective_from", java.time.LocalDate.class), rs.getString("contract_reference"),
            rs.getString("read_frequency"), rs.getString("proposed_consent"),
            (Boolean) rs.getObject("proposed_domestic"),
            (ObjectNode) JsonMapper.shared().readTree(rs.getString("custom_block")), rs.getString("status"));

    private final JdbcTemplate jdbc;

    public AppointmentRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a REQUESTED request; returns its id. */
    public long insert(AppointmentRequest r, String transactionId) {
        return jdbc.queryForObject("""
                        insert into appointment_request (mpan_core, service, scenario, css_registration_id,
                            requesting_dip_id, requesting_mpid, proposed_dip_id, proposed_mpid, effective_from,
                            contract_reference, read_frequency, proposed_consent, proposed_domestic, custom_block,
                            status, received_transaction_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'REQUESTED', ?) returning id""",
                Long.class, Long.parseLong(r.mpanCore()), r.service(), r.scenario(), r.cssRegistrationId(),
                r.requestingDipId(), r.requestingMpid(), r.proposedDipId(), r.proposedMpid(),
                Date.valueOf(r.effectiveFrom()), r.contractReference(), r.readFrequency(), r.proposedConsent(),
                r.proposedDomestic(), JsonMapper.shared().writeValueAsString(r.block()), transactionId);
    }

    /** The request, locked for the caller's transaction. */
    public Optional<AppointmentRequest> lock(long id) {
        return jdbc.query("select * from appointment_request where id = ? for update", ROW, id).stream().findFirst();
    }

    /** The latest REQUESTED request of {@code mpanCore}'s {@code service} proposing {@code proposedDipId}. */
    public Optional<AppointmentRequest> openFor(String mpanCore, String service, String proposedDipId) {
        return jdbc.query("""
                        select * from appointment_request
                         where mpan_core = ? and service = ? and proposed_dip_id = ? and status = 'REQUESTED'
                         order by id desc limit 1 for update""",
                ROW, Long.parseLong(mpanCore), service, proposedDipId).stream().findFirst();
    }

    /** Requests of {@code mpanCore} and {@code service} still open (REQUESTED or ACCEPTED). */
    public List<AppointmentRequest> open(String mpanCore, String service) {
        return jdbc.query("""
                        select * from appointment_request where mpan_core = ? and service = ?
                           and status in ('REQUESTED', 'ACCEPTED') order by id for update""",
                ROW, Long.parseLong(mpanCore), service);
    }

    /** Requests made under CSS registration {@code cssRegistrationId} with one of {@code statuses}. */
    public List<AppointmentRequest> forSwitch(String cssRegistrationId, List<String> statuses) {
        return jdbc.query("""
                        select * from appointment_request where css_registration_id = ? and scenario = 'COS'
                           and status = any (?) order by id for update""",
                ROW, cssRegistrationId, statuses.toArray(String[]::new));
    }

    /** ACCEPTED requests of {@code mpanCore} with {@code scenario}, oldest first. */
    public List<Long> accepted(String mpanCore, String scenario) {
        return jdbc.queryForList("""
                        select id from appointment_request where mpan_core = ? and scenario = ? and status = 'ACCEPTED'
                         order by id""", Long.class, Long.parseLong(mpanCore), scenario);
    }

    public void setStatus(long id, String status, String responseCode) {
        jdbc.update("update appointment_request set status = ?, response_code = coalesce(?, response_code),"
                + " updated_at = now() where id = ?", status, responseCode, id);
    }
}
