package uk.mhhs.registration.process.css;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.schedule.ScheduledStep;
import uk.mhhs.dipclient.schedule.StepHandler;
import uk.mhhs.registration.parties.PartyHistoryPublisher;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.RegDates;
import uk.mhhs.registration.process.appointment.AppointmentRequest;
import uk.mhhs.registration.process.appointment.AppointmentRequests;
import uk.mhhs.registration.process.appointment.Appointments;
import uk.mhhs.registration.reference.ReferenceData;
import uk.mhhs.registration.register.MpanRegistration;
import uk.mhhs.registration.register.Parties;
import uk.mhhs.registration.register.RegisterWriter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static uk.mhhs.registration.process.MpanBlocks.object;
import static uk.mhhs.registration.process.MpanBlocks.putIfPresent;

/**
 * The supply start date of a secured CSS registration ({@code SWITCH} step), in one transaction:
 * <ol>
 * <li>the gaining supplier is registered from that date (with the CSS registration ID);</li>
 * <li>the COS appointments the providers accepted take effect that date; a service the gaining supplier did not
 *     (yet) appoint ends with the outgoing supplier (no MS / DS from that date: IF-045 reminders follow);</li>
 * <li>IF-001 {@code [ChangeOfSupplier]} ({@code [InitialRegistration]} when the MPAN had no supplier) to the
 *     gaining supplier, the MDS and the LDSO;</li>
 * <li>IF-036 for each COS appointment; IF-037 {@code CSUPP} to each outgoing provider replaced or ended.</li>
 * </ol>
 * COS requests still awaiting the provider stay open: accepted later, they take effect from the supply start date.
 */
@Component
class SwitchStep implements StepHandler {

    private final JdbcTemplate jdbc;
    private final RegisterWriter writer;
    private final MpanBlocks blocks;
    private final Outbound outbound;
    private final ReferenceData reference;
    private final AppointmentRequests requests;
    private final Appointments appointments;
    private final PartyHistoryPublisher parties;

    SwitchStep(JdbcTemplate jdbc, RegisterWriter writer, MpanBlocks blocks, Outbound outbound,
               ReferenceData reference, AppointmentRequests requests, Appointments appointments,
               PartyHistoryPublisher parties) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.blocks = blocks;
        this.outbound = outbound;
        this.reference = reference;
        this.requests = requests;
        this.appointments = appointments;
        this.parties = parties;
    }

    @Override
    public String kind() {
        return "SWITCH";
    }

    @Override
    public String run(ScheduledStep step, LocalDate today) {
        List<Switches.Registration> secured = jdbc.query("""
                        select css_registration_id, mpan_core, supplier_dip_id, supplier_mpid, supply_start_date
                          from switch_request where css_registration_id = ? and status = 'SECURED' for update""",
                (rs, n) -> new Switches.Registration(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class)), step.ref());
        if (secured.isEmpty()) {
            return "registration no longer secured";
        }
        Switches.Registration r = secured.get(0);
        LocalDate ssd = r.supplyStartDate();
        MpanRegistration before = blocks.registration(r.mpanCore(), ssd);
        Parties.Supplier outgoing = before.parties().supplier();
        writer.record("supplier_registration", r.mpanCore(), ssd, Map.of("supplier_dip_id", r.supplierDipId(),
                "supplier_mpid", r.supplierMpid(), "css_registration_id", r.registrationId()));
        jdbc.update("update switch_request set status = 'SWITCHED', updated_at = now() where css_registration_id = ?",
                r.registrationId());

        List<Appointments.Activation> activations = new ArrayList<>();
        for (AppointmentRequest a : requests.forSwitch(r.registrationId(), List.of("ACCEPTED"))) {
            activations.add(appointments.apply(a.id(), ssd));
        }
        List<Parties.Appointment> ended = new ArrayList<>();
        List<String> endedServices = new ArrayList<>();
        for (String service : List.of("MS", "DS")) {
            Parties.Appointment old = "MS".equals(service) ? before.parties().meteringService()
                    : before.parties().dataService();
            boolean reappointed = activations.stream().anyMatch(a -> a.request().service().equals(service));
            if (old != null && !reappointed && outgoing != null) {
                writer.appointment(r.mpanCore(), service, ssd, null, null, null, null, null);
                ended.add(old);
                endedServices.add(service);
            }
        }
        parties.publish(r.mpanCore());

        MpanRegistration after = blocks.registration(r.mpanCore(), ssd);
        M0 m0 = blocks.m0(after);
        ObjectNode custom = object();
        custom.set("B013", MpanBlocks.b013(r.registrationId()));
        custom.set("B002", MpanBlocks.b002(r.supplierDipId(), r.supplierMpid(), ssd));
        if (outgoing != null) {
            ObjectNode b003 = custom.putObject("B003");
            b003.put("outgoingSupplierDIPID", outgoing.dipId());
            b003.put("outgoingSupplierMPID", outgoing.mpid());
            b003.put("supplierEffectiveToDate", RegDates.format(ssd.minusDays(1)));
        }
        ObjectNode b004 = MpanBlocks.b028(after);
        custom.set("B004", b004);
        if (outgoing != null) {
            custom.set("B005", MpanBlocks.b005(after.parties()));
        }
        blocks.siteBlocks(custom, after, true, true);
        putIfPresent(custom, "B035List", blocks.b035List(after));
        putIfPresent(custom, "B037List", MpanBlocks.b037List(after));
        outbound.send("IF-001", outgoing == null ? "[InitialRegistration]" : "[ChangeOfSupplier]",
                List.of(r.supplierDipId(), reference.mdsDipId(), m0.distributorDIPID()), m0, null, custom);

        Parties.Supplier gaining = after.parties().supplier();
        for (Appointments.Activation a : activations) {
            appointments.announce(a, "CSUPP", gaining);
        }
        for (int i = 0; i < ended.size(); i++) {
            appointments.deAppoint(after, endedServices.get(i), ended.get(i), ssd, "CSUPP", null, null,
                    r.registrationId(), gaining);
        }
        return (outgoing == null ? "initial registration" : "switched") + ", " + activations.size()
                + " appointments, " + ended.size() + " ended";
    }
}
