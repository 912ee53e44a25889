package uk.mhhs.dataservice.mpan;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.mhhs.dipclient.facts.MpanFacts;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data service's copy of registration: appointments, the MPAN's M0, effective-dated facts and meters (schema
 * {@code data_service}), written only from the messages registration sends us and read as at a date.
 */
@Repository
public class MpanFactStore {

    private final JdbcTemplate jdbc;
    private final MpanFacts facts;

    public MpanFactStore(JdbcTemplate jdbc, MpanFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    public void upsertMpan(long mpan, String distributorDipId, String gspGroup) {
        jdbc.update("""
                insert into mpan (mpan_core, distributor_dip_id, gsp_group) values (?, ?, ?)
                on conflict (mpan_core) do update set distributor_dip_id = coalesce(excluded.distributor_dip_id,
                    mpan.distributor_dip_id), gsp_group = excluded.gsp_group, updated_at = now()""",
                mpan, distributorDipId, gspGroup);
    }

    /** Records {@code fact} = {@code value} from {@code from}; a repeat for the same date replaces it. */
    public void fact(long mpan, Fact fact, LocalDate from, String value, String transactionId) {
        facts.record(mpan, fact.name(), from, value, transactionId);
    }

    /** Opens an appointment from {@code from}; an appointment already open from an earlier date is left open. */
    public void appoint(long mpan, LocalDate from, String role, String supplierDipId, String transactionId) {
        jdbc.update("""
                insert into appointment (mpan_core, effective_from, role, supplier_dip_id, transaction_id)
                values (?, ?, ?, ?, ?)
                on conflict (mpan_core, effective_from) do update set effective_to = null, role = excluded.role,
                    supplier_dip_id = coalesce(excluded.supplier_dip_id, appointment.supplier_dip_id),
                    transaction_id = excluded.transaction_id""",
                mpan, Date.valueOf(from), role, supplierDipId, transactionId);
    }

    /**
     * Ends the appointment in force on {@code endsAfter} (its last day): effective_to = the next day.
     *
     * @return whether there was one to end
     */
    public boolean deAppoint(long mpan, LocalDate endsAfter) {
        return jdbc.update("""
                update appointment set effective_to = ?
                 where mpan_core = ? and effective_from <= ? and (effective_to is null or effective_to > ?)""",
                Date.valueOf(endsAfter.plusDays(1)), mpan, Date.valueOf(endsAfter), Date.valueOf(endsAfter)) > 0;
    }

    public void meter(long mpan, String meterId) {
        jdbc.update("""
                insert into meter (mpan_core, meter_id) values (?, ?)
                on conflict (mpan_core, meter_id) do update set removed_on = null""", mpan, meterId);
    }

    public void meterRemoved(long mpan, String meterId, LocalDate on) {
        jdbc.update("update meter set removed_on = ? where mpan_core = ? and meter_id = ?", Date.valueOf(on), mpan,
                meterId);
    }

    /** The appointment in force on {@code date}, if we are the MPAN's Data Service then. */
    public Optional<Appointment> appointmentOn(long mpan, LocalDate date) {
        return jdbc.query("""
                        select effective_from, effective_to, role, supplier_dip_id from appointment
                         where mpan_core = ? and effective_from <= ? and (effective_to is null or effective_to > ?)
                         order by effective_from desc limit 1""",
                (rs, n) -> new Appointment(mpan, rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4)),
                mpan, Date.valueOf(date), Date.valueOf(date)).stream().findFirst();
    }

    /** Appointments in force on {@code date} of the MPANs given, by MPAN. */
    public Map<Long, Appointment> appointmentsOn(List<Long> mpans, LocalDate date) {
        Map<Long, Appointment> result = new HashMap<>();
        jdbc.query("""
                        select distinct on (mpan_core) mpan_core, effective_from, effective_to, role, supplier_dip_id
                          from appointment
                         where mpan_core = any (?) and effective_from <= ? and (effective_to is null or effective_to > ?)
                         order by mpan_core, effective_from desc""",
                rs -> {
                    long mpan = rs.getLong(1);
                    result.put(mpan, new Appointment(mpan, rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)));
                },
                mpans.toArray(Long[]::new), Date.valueOf(date), Date.valueOf(date));
        return result;
    }

    /** Every MPAN we are appointed for on {@code date}. */
    public List<Long> appointedOn(LocalDate date) {
        return jdbc.queryForList("""
                select distinct mpan_core from appointment
                 where effective_from <= ? and (effective_to is null or effective_to > ?)""",
                Long.class, Date.valueOf(date), Date.valueOf(date));
    }

    /** The MPANs' known meters (not removed), by MPAN. */
    public Map<Long, List<String>> meters(List<Long> mpans) {
        Map<Long, List<String>> result = new HashMap<>();
        jdbc.query("select mpan_core, meter_id from meter where mpan_core = any (?) and removed_on is null",
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, (Object) mpans.toArray(Long[]::new));
        return result;
    }

    /** M0 and every fact in force on {@code date} of the MPANs given. */
    public Map<Long, MpanSnapshot> snapshots(List<Long> mpans, LocalDate date) {
        Map<Long, MpanSnapshot> result = new HashMap<>();
        jdbc.query("select mpan_core, distributor_dip_id, gsp_group from mpan where mpan_core = any (?)",
                rs -> {
                    long mpan = rs.getLong(1);
                    result.put(mpan, new MpanSnapshot(mpan, rs.getString(2), rs.getString(3), new HashMap<>()));
                }, (Object) mpans.toArray(Long[]::new));
        facts.asAt(mpans, date).forEach((mpan, dated) -> {
            MpanSnapshot snapshot = result.get(mpan);
            if (snapshot != null) {
                dated.forEach((fact, value) -> snapshot.facts().put(Fact.valueOf(fact),
                        new MpanSnapshot.Dated(value.value(), value.from())));
            }
        });
        return result;
    }

    /** An appointment of ours: [from, to) with to null while open. */
    public record Appointment(long mpan, LocalDate from, LocalDate to, String role, String supplierDipId) {
    }
}
