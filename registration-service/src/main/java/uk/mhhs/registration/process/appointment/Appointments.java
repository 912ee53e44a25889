package uk.mhhs.registration.process.appointment;

import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.registration.parties.PartyHistoryPublisher;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.RegDates;
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
 * Appointments becoming effective and ending: IF-035 outcomes, IF-036 appointment active (with the MPAN's data)
 * and IF-037 de-appointment of the provider replaced. Used by the IF-031/IF-034 handlers, the switch (COS), and
 * segment / connection changes (SEG, reasons CSEGM / CCONN). Everything runs in the caller's transaction.
 */
@Component
public class Appointments {

    /** An appointment written from {@code from}, and the provider of that service it replaced (or null). */
    public record Activation(AppointmentRequest request, LocalDate from, Parties.Appointment replaced) {
    }

    private final AppointmentRequests requests;
    private final RegisterWriter writer;
    private final MpanBlocks blocks;
    private final Outbound outbound;
    private final ReferenceData reference;
    private final PartyHistoryPublisher parties;

    public Appointments(AppointmentRequests requests, RegisterWriter writer, MpanBlocks blocks, Outbound outbound,
                        ReferenceData reference, PartyHistoryPublisher parties) {
        this.requests = requests;
        this.writer = writer;
        this.blocks = blocks;
        this.outbound = outbound;
        this.reference = reference;
        this.parties = parties;
    }

    /** ACCEPTED (not yet effective) requests of {@code mpanCore} made with {@code scenario}, oldest first. */
    public List<Long> acceptedRequests(String mpanCore, String scenario) {
        return requests.accepted(mpanCore, scenario);
    }

    /**
     * Makes request {@code requestId} the appointment from {@code from}: writes it, sends IF-036 and, if it replaces
     * another provider, IF-037 to that provider with {@code deAppointmentReason} (CSERV, CSUPP, CSEGM, CCONN …).
     */
    public void activate(long requestId, LocalDate from, String deAppointmentReason) {
        announce(apply(requestId, from), deAppointmentReason, null);
    }

    /**
     * Writes the appointment of request {@code requestId} from {@code from} (for a DS request also the supplier's
     * proposed consent granularity and domestic premise indicator from that date) and marks it ACTIVE.
     */
    public Activation apply(long requestId, LocalDate from) {
        AppointmentRequest r = requests.lock(requestId)
                .orElseThrow(() -> new IllegalArgumentException("no appointment request " + requestId));
        MpanRegistration before = blocks.registration(r.mpanCore(), from);
        Parties.Appointment replaced = "MS".equals(r.service()) ? before.parties().meteringService()
                : before.parties().dataService();
        writer.appointment(r.mpanCore(), r.service(), from, r.proposedDipId(), r.proposedMpid(),
                r.contractReference(), r.scenario(), r.readFrequency());
        if ("DS".equals(r.service())) {
            if (r.proposedConsent() != null && !"x".equals(r.proposedConsent())) {
                writer.record("consent_granularity_history", r.mpanCore(), from,
                        Map.of("consent_granularity", r.proposedConsent()));
            }
            if (r.proposedDomestic() != null) {
                writer.record("domestic_premise_history", r.mpanCore(), from,
                        Map.of("domestic_premise", r.proposedDomestic()));
            }
        }
        requests.setStatus(r.id(), "ACTIVE", null);
        parties.publish(r.mpanCore());
        return new Activation(r, from, replaced);
    }

    /**
     * Sends IF-036 for an applied activation and, when it replaced a different provider, IF-037 with
     * {@code deAppointmentReason} to that provider.
     *
     * @param incomingSupplier for a change of supplier, the gaining supplier (B002 of IF-037), else null
     */
    public void announce(Activation a, String deAppointmentReason, Parties.Supplier incomingSupplier) {
        AppointmentRequest r = a.request();
        MpanRegistration reg = blocks.registration(r.mpanCore(), a.from());
        M0 m0 = blocks.m0(reg);
        boolean ms = "MS".equals(r.service());
        ObjectNode custom = object();
        custom.set("B012", b012(r));
        if (r.cssRegistrationId() != null) {
            custom.set("B013", MpanBlocks.b013(r.cssRegistrationId()));
        }
        ObjectNode appointment = object();
        if (ms) {
            appointment.put("incomingMeteringServiceDIPID", r.proposedDipId());
            appointment.put("incomingMeteringServiceEffectiveFromDate", RegDates.format(a.from()));
            appointment.put("incomingMeteringServiceMPID", r.proposedMpid());
            appointment.put("contractReferenceMeteringService", r.contractReference());
            appointment.put("appointmentScenario", r.scenario());
            custom.set("B014", appointment);
        } else {
            appointment.put("incomingDataServiceMPID", r.proposedMpid());
            appointment.put("incomingDataServiceDIPID", r.proposedDipId());
            appointment.put("incomingDataServiceEffectiveFromDate", RegDates.format(a.from()));
            appointment.put("contractReferenceDataService", r.contractReference());
            appointment.put("appointmentScenario", r.scenario());
            appointment.put("traditionalFallBackReadFrequency", r.readFrequency());
            custom.set("B015", appointment);
        }
        custom.set("B005", MpanBlocks.b005(reg.parties()));
        blocks.siteBlocks(custom, reg, true, true);
        custom.set("B028", MpanBlocks.b028(reg));
        if (!ms) {
            putIfPresent(custom, "B068", MpanBlocks.b068(reg));
        }
        putIfPresent(custom, "B905List", MpanBlocks.b905List(reg));
        putIfPresent(custom, "B035List", blocks.b035List(reg));
        putIfPresent(custom, "B037List", MpanBlocks.b037List(reg));
        Parties p = reg.parties();
        List<String> to = new ArrayList<>();
        to.add(p.supplier() == null ? r.requestingDipId() : p.supplier().dipId());
        to.add(p.dataService() == null ? null : p.dataService().dipId());
        to.add(p.meteringService() == null ? null : p.meteringService().dipId());
        to.add(m0.distributorDIPID());
        to.add(reference.mdsDipId());
        outbound.send("IF-036", "[" + r.eventPrefix() + "Active]", to, m0, null, custom);
        if (a.replaced() != null && !a.replaced().dipId().equals(r.proposedDipId())) {
            deAppoint(reg, r.service(), a.replaced(), a.from(), deAppointmentReason, r.proposedDipId(),
                    r.proposedMpid(), r.cssRegistrationId(), incomingSupplier);
        }
    }

    /**
     * Sends IF-037 {@code [MSDeApp]}/{@code [DSDeApp]}: {@code old} ends the day before {@code from}, for
     * {@code reason}; to the old provider, the supplier, the LDSO and the MDS.
     *
     * @param reg              the register as at {@code from}
     * @param incomingDipId    the provider taking over (B010/B011), or null if none
     * @param incomingSupplier the gaining supplier (B002) on a change of supplier, or null
     */
    public void deAppoint(MpanRegistration reg, String service, Parties.Appointment old, LocalDate from,
                          String reason, String incomingDipId, String incomingMpid, String cssRegistrationId,
                          Parties.Supplier incomingSupplier) {
        boolean ms = "MS".equals(service);
        String role = ms ? "meteringService" : "dataService";
        String party = ms ? "MeteringService" : "DataService";
        ObjectNode custom = object();
        if (cssRegistrationId != null) {
            custom.set("B013", MpanBlocks.b013(cssRegistrationId));
        }
        ObjectNode ended = object();
        ended.put("deAppointed" + party + "DIPID", old.dipId());
        ended.put("deAppointed" + party + "MPID", old.mpid());
        ended.put(role + "EffectiveFromDate", RegDates.format(old.effectiveFrom()));
        ended.put(role + "EffectiveToDate", RegDates.format(from.minusDays(1)));
        ended.put("deAppointmentReasonCode", reason);
        custom.set(ms ? "B008" : "B009", ended);
        if (incomingDipId != null) {
            ObjectNode incoming = object();
            incoming.put("incoming" + party + "DIPID", incomingDipId);
            incoming.put("incoming" + party + "MPID", incomingMpid);
            incoming.put("incoming" + party + "EffectiveFromDate", RegDates.format(from));
            custom.set(ms ? "B010" : "B011", incoming);
        }
        if (incomingSupplier != null) {
            custom.set("B002", MpanBlocks.b002(incomingSupplier.dipId(), incomingSupplier.mpid(),
                    incomingSupplier.effectiveFrom()));
        }
        M0 m0 = blocks.m0(reg);
        Parties.Supplier supplier = reg.parties().supplier();
        outbound.send("IF-037", "[" + service + "DeApp]", java.util.Arrays.asList(old.dipId(),
                supplier == null ? null : supplier.dipId(), m0.distributorDIPID(), reference.mdsDipId()), m0, null,
                custom);
    }

    /**
     * Sends IF-035 {@code [MSAppAccepted]}, {@code [DSAppRejected]}, {@code [MSAppLapsed]} … to the requesting
     * supplier and the proposed provider.
     *
     * @param outcome      Accepted, Rejected or Lapsed
     * @param responseCode B007 responseCode: A, R or L
     * @param reasonCode   B007 proposedAppointmentResponseCode (the provider's reason, or null)
     */
    public void outcome(AppointmentRequest r, String outcome, String responseCode, String reasonCode) {
        MpanRegistration reg = blocks.registration(r.mpanCore(), r.effectiveFrom());
        ObjectNode custom = object();
        ObjectNode b007 = custom.putObject("B007");
        b007.put("responseCode", responseCode);
        b007.put("proposedAppointmentResponseCode", reasonCode);
        custom.set("B012", b012(r));
        if (r.cssRegistrationId() != null) {
            custom.set("B013", MpanBlocks.b013(r.cssRegistrationId()));
        }
        custom.set(r.blockName(), r.block());
        outbound.send("IF-035", "[" + r.eventPrefix() + outcome + "]", List.of(r.requestingDipId(),
                r.proposedDipId()), blocks.m0(reg), null, custom);
    }

    /** Marks a request LAPSED and sends IF-035 Lapsed. */
    public void lapse(AppointmentRequest r, String why) {
        requests.setStatus(r.id(), "LAPSED", why);
        outcome(r, "Lapsed", "L", null);
    }

    static ObjectNode b012(AppointmentRequest r) {
        ObjectNode b = object();
        b.put("serviceProviderAppointmentRequestingSupplierDIPID", r.requestingDipId());
        b.put("serviceProviderAppointmentRequestingSupplierMPID", r.requestingMpid());
        return b;
    }
}
