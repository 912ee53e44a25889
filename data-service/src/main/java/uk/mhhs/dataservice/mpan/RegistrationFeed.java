package uk.mhhs.dataservice.mpan;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.time.EffectiveDates;
import uk.mhhs.dipclient.DipClientProperties;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Rejected;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * Keeps the data service's copy of registration from what REGS sends it: IF-036 [DSAppActive] opens our appointment
 * (role from the market segment: SDS smart, ADS advanced, UMSDS unmetered) and carries the MPAN's facts; IF-037
 * [DSDeApp] ends it on its effective-to date; IF-008 energisation; IF-026 [ConsentGranularity]; IF-018 GSP group and
 * domestic indicator changes; IF-006 meters. Messages about another Data Service's appointment are recorded
 * (ACCEPTED, no change) since REGS also copies us on other parties' appointments.
 *
 * <p>A message that cannot be read (no MPAN, no effective date) is rejected with the DIP's schema code MSG1001: REGS
 * sent something the spec does not allow; it changes nothing and is logged for the operators.
 */
@Component
class RegistrationFeed implements InboundHandler {

    private final MpanFactStore store;
    private final String ourDipId;
    private final Clock clock;

    RegistrationFeed(MpanFactStore store, DipClientProperties dip, Clock clock) {
        this.store = store;
        this.ourDipId = dip.dipId();
        this.clock = clock.withZone(EffectiveDates.UK);
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-036", "IF-037", "IF-008", "IF-026", "IF-018", "IF-006");
    }

    @Override
    public void handle(Incoming message) {
        long mpan = mpan(message);
        switch (message.interfaceId()) {
            case "IF-036" -> appointmentActive(mpan, message);
            case "IF-037" -> deAppointed(mpan, message);
            case "IF-008" -> fact(mpan, message, Fact.ENERGISATION, "B025", "energisationStatus",
                    "energisationStatusEffectiveFromDate");
            case "IF-026" -> {
                if ("ConsentGranularity".equals(message.event())) {
                    fact(mpan, message, Fact.CONSENT, "B068", "consentGranularity",
                            "consentGranularityEffectiveFromDate");
                }
            }
            case "IF-018" -> m0(mpan, message);
            case "IF-006" -> meters(mpan, message);
            default -> throw new IllegalStateException("not ours: " + message.interfaceId());
        }
    }

    private void appointmentActive(long mpan, Incoming message) {
        if (!"DSAppActive".equals(message.event()) || !ourDipId.equals(
                message.text("B015", "incomingDataServiceDIPID"))) {
            return;
        }
        LocalDate from = date(message, "B015", "incomingDataServiceEffectiveFromDate");
        String segment = message.text("B026", "marketSegmentIndicator");
        String role = switch (segment == null ? "S" : segment) {
            case "A" -> "ADS";
            case "U" -> "UMSDS";
            default -> "SDS";
        };
        m0(mpan, message);
        store.appoint(mpan, from, role, message.text("B012", "serviceProviderAppointmentRequestingSupplierDIPID"),
                message.transactionId());
        optionalFact(mpan, message, Fact.CONNECTION_TYPE, "B023", "connectionTypeIndicator",
                "connectionTypeEffectiveFromDate");
        optionalFact(mpan, message, Fact.ENERGY_DIRECTION, "B023", "energyDirection",
                "connectionTypeEffectiveFromDate");
        optionalFact(mpan, message, Fact.SEGMENT, "B026", "marketSegmentIndicator",
                "marketSegmentIndicatorEffectiveFromDate");
        optionalFact(mpan, message, Fact.ENERGISATION, "B025", "energisationStatus",
                "energisationStatusEffectiveFromDate");
        optionalFact(mpan, message, Fact.AC, "B027", "annualConsumption", "annualConsumptionEffectiveFromDate");
        optionalFact(mpan, message, Fact.CONSENT, "B068", "consentGranularity", "consentGranularityEffectiveFromDate");
        optionalFact(mpan, message, Fact.DOMESTIC, "B028", "domesticPremiseIndicator",
                "domesticPremiseIndicatorEffectiveFromDate");
        meters(mpan, message);
    }

    private void deAppointed(long mpan, Incoming message) {
        if (!"DSDeApp".equals(message.event()) || !ourDipId.equals(
                message.text("B009", "deAppointedDataServiceDIPID"))) {
            return;
        }
        store.deAppoint(mpan, date(message, "B009", "dataServiceEffectiveToDate"));
    }

    private void meters(long mpan, Incoming message) {
        for (JsonNode entry : message.custom().path("B905List").values()) {
            String meterId = entry.path("existingMeter").path("meterID").asString(null);
            if (meterId == null) {
                meterId = entry.path("meterID").asString(null);
            }
            if (meterId != null && !meterId.isBlank()) {
                if ("MeterRemoval".equals(message.event())) {
                    store.meterRemoved(mpan, meterId, LocalDate.now(clock));
                } else {
                    store.meter(mpan, meterId);
                }
            }
        }
    }

    private void m0(long mpan, Incoming message) {
        String gsp = message.m0().path("GSPGroupID").asString(null);
        if (gsp != null) {
            store.upsertMpan(mpan, message.m0().path("distributorDIPID").asString(null), gsp);
        }
        String domestic = message.text("B028", "domesticPremiseIndicator");
        if (domestic != null && "IF-018".equals(message.interfaceId())) {
            optionalFact(mpan, message, Fact.DOMESTIC, "B028", "domesticPremiseIndicator",
                    "domesticPremiseIndicatorEffectiveFromDate");
        }
    }

    private void fact(long mpan, Incoming message, Fact fact, String block, String field, String dateField) {
        String value = message.text(block, field);
        if (value == null) {
            throw new Rejected("MSG1001", block + "." + field + " is missing");
        }
        store.fact(mpan, fact, date(message, block, dateField), normalise(value), message.transactionId());
    }

    private void optionalFact(long mpan, Incoming message, Fact fact, String block, String field, String dateField) {
        String value = message.text(block, field);
        String from = message.text(block, dateField);
        if (value != null && from != null) {
            store.fact(mpan, fact, date(message, block, dateField), normalise(value), message.transactionId());
        }
    }

    private static String normalise(String value) {
        return switch (value) {
            case "true" -> "T";
            case "false" -> "F";
            default -> value;
        };
    }

    private static LocalDate date(Incoming message, String block, String field) {
        return EffectiveDates.parse(message.text(block, field)).orElseThrow(() -> new Rejected("MSG1001",
                block + "." + field + " is missing or not a date-time: " + message.text(block, field)));
    }

    private static long mpan(Incoming message) {
        return message.mpanCoreOrReject("MSG1001");
    }
}
