package uk.mhhs.registration.process.css;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.dipclient.schedule.StepScheduler;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.RegDates;
import uk.mhhs.registration.process.appointment.AppointmentRequest;
import uk.mhhs.registration.process.appointment.AppointmentRequests;
import uk.mhhs.registration.process.appointment.Appointments;
import uk.mhhs.registration.reference.ReferenceData;
import uk.mhhs.registration.register.MpanRegistration;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static uk.mhhs.registration.process.MpanBlocks.object;
import static uk.mhhs.registration.process.MpanBlocks.putIfPresent;

/**
 * Registrations secured and withdrawn in the Central Switching Service (CSS is outside the DIP; this is the
 * stand-in's input). Secured: IF-002 {@code [GainMPANInfo]} to the gaining supplier and a {@code SWITCH} step on
 * the supply start date. Withdrawn before the switch: the step is cancelled and every COS appointment request made
 * under the registration lapses (IF-035 Lapsed).
 */
@Component
public class Switches {

    /** A CSS registration as the stand-in receives it. */
    public record Registration(String registrationId, String mpanCore, String supplierDipId, String supplierMpid,
                               LocalDate supplyStartDate) {
    }

    private final JdbcTemplate jdbc;
    private final MpanBlocks blocks;
    private final Outbound outbound;
    private final ReferenceData reference;
    private final StepScheduler scheduler;
    private final AppointmentRequests requests;
    private final Appointments appointments;
    private final Clock clock;

    public Switches(JdbcTemplate jdbc, MpanBlocks blocks, Outbound outbound, ReferenceData reference,
                    StepScheduler scheduler, AppointmentRequests requests, Appointments appointments, Clock clock) {
        this.jdbc = jdbc;
        this.blocks = blocks;
        this.outbound = outbound;
        this.reference = reference;
        this.scheduler = scheduler;
        this.requests = requests;
        this.appointments = appointments;
        this.clock = clock;
    }

    /**
     * Records a secured registration and sends IF-002.
     *
     * @return {@code true} if recorded now, {@code false} if the same registration was already held (idempotent)
     * @throws Rejected REG0000 unknown MPAN, REG1078 the supplier does not hold role SUP with that MPID in ISD,
     *                  REG1024 the supply start date is before today, REG9004 another registration of the MPAN is
     *                  secured, REG0006 the registration ID is held with other details
     */
    @Transactional
    public boolean secured(Registration r) {
        LocalDate today = RegDates.today(clock);
        MpanRegistration reg = blocks.registration(r.mpanCore(), today);
        List<Registration> held = jdbc.query("""
                        select css_registration_id, mpan_core, supplier_dip_id, supplier_mpid, supply_start_date
                          from switch_request where css_registration_id = ?""",
                (rs, n) -> new Registration(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)), r.registrationId());
        if (!held.isEmpty()) {
            if (held.get(0).equals(r)) {
                return false;
            }
            throw new Rejected("REG0006", "CSS registration " + r.registrationId() + " is held with other details");
        }
        if (!reference.holds(r.supplierDipId(), r.supplierMpid(), "SUP", r.supplyStartDate())) {
            throw new Rejected("REG1078", "ISD holds no supplier " + r.supplierDipId() + " with MPID "
                    + r.supplierMpid() + " on " + r.supplyStartDate());
        }
        if (r.supplyStartDate().isBefore(today)) {
            throw new Rejected("REG1024", "supply start date " + r.supplyStartDate() + " is before today " + today);
        }
        Long other = jdbc.queryForObject("select count(*) from switch_request where mpan_core = ? and status = 'SECURED'",
                Long.class, Long.parseLong(r.mpanCore()));
        if (other != null && other > 0) {
            throw new Rejected("REG9004", "another CSS registration of MPAN " + r.mpanCore() + " is secured");
        }
        jdbc.update("""
                        insert into switch_request (css_registration_id, mpan_core, supplier_dip_id, supplier_mpid,
                                                    supply_start_date, status) values (?, ?, ?, ?, ?, 'SECURED')""",
                r.registrationId(), Long.parseLong(r.mpanCore()), r.supplierDipId(), r.supplierMpid(),
                Date.valueOf(r.supplyStartDate()));
        scheduler.schedule(r.supplyStartDate(), "SWITCH", r.mpanCore(), r.registrationId());

        ObjectNode custom = object();
        custom.set("B013", MpanBlocks.b013(r.registrationId()));
        custom.set("B005", MpanBlocks.b005(reg.parties()));
        blocks.siteBlocks(custom, reg, true, true);
        putIfPresent(custom, "B905List", MpanBlocks.b905List(reg));
        outbound.send("IF-002", "[GainMPANInfo]", List.of(r.supplierDipId()), blocks.m0(reg), null, custom);
        return true;
    }

    /**
     * Withdraws a secured registration before its switch; its COS appointment requests lapse.
     *
     * @throws Rejected REG0005 no such registration, or it is no longer secured
     */
    @Transactional
    public void withdrawn(String registrationId) {
        int updated = jdbc.update("""
                update switch_request set status = 'WITHDRAWN', updated_at = now()
                 where css_registration_id = ? and status = 'SECURED'""", registrationId);
        if (updated == 0) {
            throw new Rejected("REG0005", "no secured CSS registration " + registrationId);
        }
        scheduler.cancel("SWITCH", registrationId);
        for (AppointmentRequest r : requests.forSwitch(registrationId, List.of("REQUESTED", "ACCEPTED"))) {
            scheduler.cancel("LAPSE_APPOINTMENT", String.valueOf(r.id()));
            appointments.lapse(r, "CSS registration withdrawn");
        }
    }

    static String validMpan(String mpanCore) {
        try {
            return MpanCore.of(mpanCore).value();
        } catch (IllegalArgumentException e) {
            throw new Rejected("REG0000", e.getMessage());
        }
    }
}
