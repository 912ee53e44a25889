package uk.mhhs.registration.process.appointment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.dipclient.schedule.StepScheduler;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.RegDates;
import uk.mhhs.registration.register.Parties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static uk.mhhs.registration.process.MpanBlocks.object;

/**
 * IF-034 {@code [MSAppSPResponse]} / {@code [DSAppSPResponse]}: the proposed provider accepts ({@code B007.responseCode
 * A}) or rejects ({@code R}) the latest open request for the MPAN and service that proposes it.
 * <ul>
 * <li>REG0000 unknown MPAN; REG1108 no open request proposes the sender (or {@code [SDS-MDRUpdate]}, which REGS
 *     does not take yet); REG1094 a response code other than A or R. IF-034 has no response interface, so a
 *     rejected IF-034 is only logged (REJECTED, with the code) for operators.</li>
 * <li>Rejected by the provider: request REJECTED, IF-035 {@code [..AppRejected]} (B007 R with the provider's code)
 *     to the supplier and the provider.</li>
 * <li>Accepted: request ACCEPTED, IF-035 {@code [..AppAccepted]} to the supplier and the provider; for a new MS,
 *     IF-035 {@code [IMS-SendMTD]} to the incumbent MS (send the meter technical details). A COS appointment
 *     becomes effective at the switch; any other one at once if its date has come (IF-036, IF-037 CSERV / CSEGM)
 *     or by a step on its date.</li>
 * </ul>
 */
@Component
public class ProviderResponseHandler implements InboundHandler {

    private final AppointmentRequests requests;
    private final Appointments appointments;
    private final StepScheduler scheduler;
    private final MpanBlocks blocks;
    private final Outbound outbound;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ProviderResponseHandler(AppointmentRequests requests, Appointments appointments, StepScheduler scheduler,
                                   MpanBlocks blocks, Outbound outbound, JdbcTemplate jdbc,
                                   Clock clock) {
        this.requests = requests;
        this.appointments = appointments;
        this.scheduler = scheduler;
        this.blocks = blocks;
        this.outbound = outbound;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-034");
    }

    @Override
    public void handle(Incoming in) {
        String service = switch (in.event()) {
            case "MSAppSPResponse" -> "MS";
            case "DSAppSPResponse" -> "DS";
            default -> throw new Rejected("REG1108", in.eventCode() + " is not taken by REGS");
        };
        LocalDate today = RegDates.today(clock);
        blocks.registration(in.mpanCore(), today);
        String code = in.text("B007", "responseCode");
        if (!"A".equals(code) && !"R".equals(code)) {
            throw new Rejected("REG1094", "B007.responseCode " + code + " is neither A nor R");
        }
        AppointmentRequest r = requests.openFor(in.mpanCore(), service, in.senderDipId())
                .orElseThrow(() -> new Rejected("REG1108", "no open " + service + " appointment request for MPAN "
                        + in.mpanCore() + " proposes " + in.senderDipId()));
        scheduler.cancel("LAPSE_APPOINTMENT", String.valueOf(r.id()));
        String reason = in.text("B007", "proposedAppointmentResponseCode");
        if ("R".equals(code)) {
            requests.setStatus(r.id(), "REJECTED", reason);
            appointments.outcome(r, "Rejected", "R", reason);
            return;
        }
        requests.setStatus(r.id(), "ACCEPTED", reason);
        appointments.outcome(r, "Accepted", "A", reason);
        if ("MS".equals(service)) {
            Parties.Appointment incumbent = blocks.registration(r.mpanCore(), today).parties().meteringService();
            if (incumbent != null && !incumbent.dipId().equals(r.proposedDipId())) {
                sendMtdRequest(r, incumbent);
            }
        }
        if ("COS".equals(r.scenario())) {
            LocalDate switchedOn = switchedOn(r.cssRegistrationId());
            if (switchedOn != null) { // accepted after the switch: effective from the supply start date
                Appointments.Activation a = appointments.apply(r.id(), switchedOn);
                appointments.announce(a, "CSUPP", blocks.registration(r.mpanCore(), switchedOn).parties().supplier());
            }
        } else if (!r.effectiveFrom().isAfter(today)) {
            appointments.activate(r.id(), r.effectiveFrom(), deAppointmentReason(r.scenario()));
        } else {
            scheduler.schedule(r.effectiveFrom(), "ACTIVATE_APPOINTMENT", r.mpanCore(), String.valueOf(r.id()));
        }
    }

    @Override
    public void rejected(Incoming in, Rejected rejection) {
        // IF-034 has no response interface: the rejection is in process_message for operators.
    }

    /** The IF-037 reason when an appointment of {@code scenario} replaces a provider. */
    static String deAppointmentReason(String scenario) {
        return "SEG".equals(scenario) ? "CSEGM" : "CSERV";
    }

    private void sendMtdRequest(AppointmentRequest r, Parties.Appointment incumbent) {
        var reg = blocks.registration(r.mpanCore(), r.effectiveFrom());
        var custom = object();
        var b007 = custom.putObject("B007");
        b007.put("responseCode", "A");
        b007.putNull("proposedAppointmentResponseCode");
        custom.set("B012", Appointments.b012(r));
        if (r.cssRegistrationId() != null) {
            custom.set("B013", MpanBlocks.b013(r.cssRegistrationId()));
        }
        custom.set("B070", r.block());
        outbound.send("IF-035", "[IMS-SendMTD]", List.of(incumbent.dipId()), blocks.m0(reg), null, custom);
    }

    private LocalDate switchedOn(String cssId) {
        return jdbc.query("select supply_start_date from switch_request where css_registration_id = ?"
                        + " and status = 'SWITCHED'", (rs, n) -> rs.getObject(1, LocalDate.class), cssId)
                .stream().findFirst().orElse(null);
    }
}
