package uk.mhhs.registration.process.appointment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.common.envelope.R0;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.dipclient.schedule.StepScheduler;
import uk.mhhs.registration.RegistrationProperties;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.RegDates;
import uk.mhhs.registration.reference.Participant;
import uk.mhhs.registration.reference.ReferenceData;
import uk.mhhs.registration.register.MpanRegistration;
import uk.mhhs.registration.register.Parties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static uk.mhhs.registration.process.MpanBlocks.object;
import static uk.mhhs.registration.process.MpanBlocks.putIfPresent;

/**
 * IF-031 {@code [MSApp]} / {@code [DSApp]}: a supplier proposes a Metering or Data Service. Checked, in this order
 * (the first broken rule is reported):
 * <ol>
 * <li>REG0000 the MPAN core is malformed, has a wrong check digit or is not registered;</li>
 * <li>REG1033 the scenario is not one REGS takes after migration (COS, CSP, USP, SEG);</li>
 * <li>COS: REG0005 no secured CSS registration {@code B013} for the MPAN, REG0006 it belongs to another supplier,
 *     REG1032 the effective date is not its supply start date; other scenarios: REG1021 the sender is not the
 *     registered supplier on the effective date;</li>
 * <li>REG1034 the effective date is in the past (not COS), REG1099 more than {@code max-days-ahead} (28) ahead;</li>
 * <li>REG1090 / REG1091 the proposed DIP ID does not hold that MPID in ISD, REG1031 it does not hold the MS / DS
 *     role of the MPAN's market segment;</li>
 * <li>REG1026 CSP proposes the provider appointed now, REG1025 USP proposes another provider, REG1095 SEG proposes
 *     the provider appointed now;</li>
 * <li>DS only: REG1035 the proposed consent granularity is not allowed in the MPAN's segment.</li>
 * </ol>
 * Accepted: an earlier open request for the same MPAN and service is SUPERSEDED; the request is stored REQUESTED;
 * IF-032 with R0 {@code A} goes to the supplier and IF-033 to the proposed provider; a lapse step is scheduled
 * {@code appointment-lapse-days} after the effective date. Rejected: IF-032 with R0 {@code R} and the code, to the
 * supplier only.
 */
@Component
public class AppointmentRequestHandler implements InboundHandler {

    private static final Set<String> SCENARIOS = Set.of("COS", "CSP", "USP", "SEG");

    private final MpanBlocks blocks;
    private final Outbound outbound;
    private final ReferenceData reference;
    private final AppointmentRequests requests;
    private final StepScheduler scheduler;
    private final JdbcTemplate jdbc;
    private final RegistrationProperties.Processes rules;
    private final Clock clock;

    public AppointmentRequestHandler(MpanBlocks blocks, Outbound outbound, ReferenceData reference,
                                     AppointmentRequests requests, StepScheduler scheduler, JdbcTemplate jdbc,
                                     RegistrationProperties properties, Clock clock) {
        this.blocks = blocks;
        this.outbound = outbound;
        this.reference = reference;
        this.requests = requests;
        this.scheduler = scheduler;
        this.jdbc = jdbc;
        this.rules = properties.processes();
        this.clock = clock;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-031");
    }

    @Override
    public void handle(Incoming in) {
        String service = service(in);
        String blockName = "MS".equals(service) ? "B070" : "B071";
        String party = "MS".equals(service) ? "MeteringService" : "DataService";
        LocalDate today = RegDates.today(clock);
        MpanRegistration now = blocks.registration(in.mpanCore(), today);
        String scenario = in.text(blockName, "appointmentScenario");
        if (!SCENARIOS.contains(scenario)) {
            throw new Rejected("REG1033", "scenario " + scenario + " is not taken after migration (COS, CSP, USP, SEG)");
        }
        LocalDate from = RegDates.parse(in.text(blockName, "proposed" + party + "DIPEffectiveFromDate"),
                blockName + ".proposed" + party + "DIPEffectiveFromDate");
        String cssId = in.text("B013", "CSSRegistrationID");
        String requestingMpid;
        if ("COS".equals(scenario)) {
            SwitchView sw = secured(cssId, in.mpanCore());
            if (!sw.supplierDipId().equals(in.senderDipId())) {
                throw new Rejected("REG0006", "CSS registration " + cssId + " is the switch of supplier "
                        + sw.supplierDipId());
            }
            if (!from.equals(sw.supplyStartDate())) {
                throw new Rejected("REG1032", "a COS appointment takes effect on the supply start date "
                        + sw.supplyStartDate() + ", not " + from);
            }
            requestingMpid = sw.supplierMpid();
        } else {
            Parties.Supplier supplier = blocks.registration(in.mpanCore(), from).parties().supplier();
            if (supplier == null || !supplier.dipId().equals(in.senderDipId())) {
                throw new Rejected("REG1021", in.senderDipId() + " is not the registered supplier on " + from);
            }
            requestingMpid = supplier.mpid();
            if (from.isBefore(today)) {
                throw new Rejected("REG1034", "effective date " + from + " is before today " + today);
            }
        }
        if (from.isAfter(today.plusDays(rules.maxDaysAhead()))) {
            throw new Rejected("REG1099", "effective date " + from + " is more than " + rules.maxDaysAhead()
                    + " days after " + today);
        }
        String proposedDipId = in.text(blockName, "proposed" + party + "DIPID");
        String proposedMpid = in.text(blockName, "proposed" + party + "MPID");
        List<Participant> roles = reference.rolesOf(proposedDipId, from);
        if (roles.stream().noneMatch(p -> p.mpid().equals(proposedMpid))) {
            throw new Rejected("MS".equals(service) ? "REG1090" : "REG1091", "ISD holds no participant "
                    + proposedDipId + " with MPID " + proposedMpid + " on " + from);
        }
        String segment = now.marketSegment() == null ? null : now.marketSegment().value();
        String neededRole = segment == null ? null : "MS".equals(service) ? rules.segments().msRole(segment)
                : rules.segments().dsRole(segment);
        if (!"SEG".equals(scenario) && roles.stream().noneMatch(p -> p.dipRole().equals(neededRole))) {
            throw new Rejected("REG1031", proposedDipId + " does not hold role " + neededRole + " needed in market"
                    + " segment " + segment);
        }
        Parties.Appointment current = "MS".equals(service) ? now.parties().meteringService()
                : now.parties().dataService();
        boolean proposesCurrent = current != null && current.dipId().equals(proposedDipId);
        if ("CSP".equals(scenario) && proposesCurrent) {
            throw new Rejected("REG1026", proposedDipId + " is the " + service + " appointed now");
        }
        if ("USP".equals(scenario) && !proposesCurrent) {
            throw new Rejected("REG1025", proposedDipId + " is not the " + service + " appointed now");
        }
        if ("SEG".equals(scenario) && proposesCurrent) {
            throw new Rejected("REG1095", proposedDipId + " is the " + service + " appointed now");
        }
        String consent = "DS".equals(service) ? in.text("B071", "supplierProposedConsentGranularity") : null;
        if (consent != null && !"x".equals(consent) && segment != null && !"SEG".equals(scenario)
                && !rules.segments().consentAllowed(segment, consent)) {
            throw new Rejected("REG1035", "consent granularity " + consent + " is not allowed in market segment "
                    + segment);
        }

        for (AppointmentRequest earlier : requests.open(in.mpanCore(), service)) {
            requests.setStatus(earlier.id(), "SUPERSEDED", "REG1089");
            scheduler.cancel("LAPSE_APPOINTMENT", String.valueOf(earlier.id()));
            scheduler.cancel("ACTIVATE_APPOINTMENT", String.valueOf(earlier.id()));
        }
        ObjectNode block = (ObjectNode) in.custom().path(blockName);
        JsonNode domestic = block.path("supplierProposedDomesticIndicator");
        AppointmentRequest request = new AppointmentRequest(0, in.mpanCore(), service, scenario, cssId,
                in.senderDipId(), requestingMpid, proposedDipId, proposedMpid, from,
                in.text(blockName, "contractReference" + party),
                "DS".equals(service) ? in.text("B071", "traditionalFallBackReadFrequency") : null, consent,
                domestic.isBoolean() ? domestic.asBoolean() : null, block, "REQUESTED");
        long id = requests.insert(request, in.transactionId());
        scheduler.schedule(from.plusDays(rules.appointmentLapseDays()), "LAPSE_APPOINTMENT", in.mpanCore(),
                String.valueOf(id));

        M0 m0 = blocks.m0(now);
        ObjectNode response = object();
        if (cssId != null) {
            response.set("B013", MpanBlocks.b013(cssId));
        }
        response.set(blockName, block);
        outbound.send("IF-032", "[" + service + "AppInitialResp]", List.of(in.senderDipId()), m0,
                new R0("A", List.of()), response);

        ObjectNode ask = object();
        ObjectNode b012 = ask.putObject("B012");
        b012.put("serviceProviderAppointmentRequestingSupplierDIPID", in.senderDipId());
        b012.put("serviceProviderAppointmentRequestingSupplierMPID", requestingMpid);
        if (cssId != null) {
            ask.set("B013", MpanBlocks.b013(cssId));
        }
        ask.set(blockName, block);
        Parties.Appointment incumbentMs = now.parties().meteringService();
        if (incumbentMs != null) {
            ObjectNode b072 = ask.putObject("B072");
            b072.put("incumbentMeteringServiceDIPID", incumbentMs.dipId());
            b072.put("incumbentMeteringServiceMPID", incumbentMs.mpid());
        }
        blocks.siteBlocks(ask, now, false, false);
        putIfPresent(ask, "B905List", MpanBlocks.b905List(now));
        outbound.send("IF-033", "[" + service + "AppSPRequest]", List.of(proposedDipId), m0, null, ask);
    }

    @Override
    public void rejected(Incoming in, Rejected rejection) {
        String service = service(in);
        String blockName = "MS".equals(service) ? "B070" : "B071";
        ObjectNode response = object();
        if (in.custom().has("B013")) {
            response.set("B013", in.custom().get("B013"));
        }
        response.set(blockName, in.custom().get(blockName));
        outbound.send("IF-032", "[" + service + "AppInitialResp]", List.of(in.senderDipId()), in.m0AsSent(),
                new R0("R", rejection.responseMessages()), response);
    }

    private static String service(Incoming in) {
        return switch (in.event()) {
            case "MSApp" -> "MS";
            case "DSApp" -> "DS";
            default -> throw new IllegalArgumentException("IF-031 event " + in.eventCode());
        };
    }


    /** A secured CSS registration of the MPAN. */
    record SwitchView(String supplierDipId, String supplierMpid, LocalDate supplyStartDate) {
    }

    private SwitchView secured(String cssId, String mpanCore) {
        if (cssId == null) {
            throw new Rejected("REG0005", "a COS appointment needs B013.CSSRegistrationID");
        }
        return jdbc.query("""
                        select supplier_dip_id, supplier_mpid, supply_start_date from switch_request
                         where css_registration_id = ? and mpan_core = ? and status = 'SECURED'""",
                (rs, n) -> new SwitchView(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)),
                cssId, Long.parseLong(mpanCore)).stream().findFirst()
                .orElseThrow(() -> new Rejected("REG0005", "no secured CSS registration " + cssId + " for MPAN "
                        + mpanCore));
    }
}
