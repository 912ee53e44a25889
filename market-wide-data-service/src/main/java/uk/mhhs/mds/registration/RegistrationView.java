package uk.mhhs.mds.registration;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.time.EffectiveDates;
import uk.mhhs.dipclient.facts.MpanFacts;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Rejected;

import java.time.LocalDate;
import java.util.Set;

/**
 * MDS's effective-dated copy of registration, built only from the messages REGS sends MDS: IF-001 (initial
 * registration, change of supplier), IF-003 (reverse migration), IF-008 (energisation), IF-009 (disconnection,
 * reconnection, CSS de-registration), IF-018 (GSP group, DUoS tariff, domestic indicator, energy direction), IF-036 /
 * IF-037 (Data Service appointments) and IF-044 (segment / connection type). Each block's value is recorded from its
 * own effective date ({@link Fact}). A message without an MPAN or with a block that has a value but no readable date
 * is rejected MSG1001 (REGS sent what the spec does not allow) and changes nothing.
 */
@Component
class RegistrationView implements InboundHandler {

    private final MpanFacts facts;

    RegistrationView(MpanFacts facts) {
        this.facts = facts;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-001", "IF-003", "IF-008", "IF-009", "IF-018", "IF-036", "IF-037", "IF-044");
    }

    @Override
    public void handle(Incoming m) {
        long mpan = m.mpanCoreOrReject("MSG1001");
        switch (m.interfaceId()) {
            case "IF-001" -> registration(mpan, m);
            case "IF-003" -> reverseMigration(mpan, m);
            case "IF-008" -> dated(mpan, m, Fact.ENERGISATION, "B025", "energisationStatus",
                    "energisationStatusEffectiveFromDate");
            case "IF-009" -> disconnection(mpan, m);
            case "IF-018" -> distributorChange(mpan, m);
            case "IF-036" -> {
                if ("DSAppActive".equals(m.event())) {
                    dated(mpan, m, Fact.DATA_SERVICE, "B015", "incomingDataServiceDIPID",
                            "incomingDataServiceEffectiveFromDate");
                }
            }
            case "IF-037" -> {
                if ("DSDeApp".equals(m.event())) {
                    LocalDate to = date(m, "B009", "dataServiceEffectiveToDate");
                    // A de-appointment naming its successor (B011: a change of service or supplier) hands over to
                    // it. IF-036 and IF-037 come on different topics in either order: ending the service here
                    // would undo the successor's IF-036 whenever it came first.
                    String incoming = m.text("B011", "incomingDataServiceDIPID");
                    record(mpan, m, Fact.DATA_SERVICE, to.plusDays(1), incoming == null ? "" : incoming);
                }
            }
            case "IF-044" -> {
                dated(mpan, m, Fact.SEGMENT, "B026", "marketSegmentIndicator",
                        "marketSegmentIndicatorEffectiveFromDate");
                dated(mpan, m, Fact.CONNECTION_TYPE, "B023", "connectionTypeIndicator",
                        "connectionTypeEffectiveFromDate");
            }
            default -> throw new IllegalStateException("not ours: " + m.interfaceId());
        }
    }

    private void registration(long mpan, Incoming m) {
        LocalDate from = date(m, "B002", "supplierEffectiveFromDate");
        record(mpan, m, Fact.REGISTERED, from, "T");
        record(mpan, m, Fact.SUPPLIER, from, m.text("B002", "incomingSupplierDIPID"));
        record(mpan, m, Fact.SUPPLIER_MPID, from, m.text("B002", "incomingSupplierMPID"));
        m0(mpan, m, from);
        dated(mpan, m, Fact.DOMESTIC, "B004", "domesticPremiseIndicator", "domesticPremiseIndicatorEffectiveFromDate");
        dated(mpan, m, Fact.CONNECTION_TYPE, "B023", "connectionTypeIndicator", "connectionTypeEffectiveFromDate");
        dated(mpan, m, Fact.ENERGY_DIRECTION, "B023", "energyDirection", "connectionTypeEffectiveFromDate");
        dated(mpan, m, Fact.DUOS_TARIFF, "B024", "DUOSTariffID", "DUOSTariffIDEffectiveFromDate");
        dated(mpan, m, Fact.ENERGISATION, "B025", "energisationStatus", "energisationStatusEffectiveFromDate");
        dated(mpan, m, Fact.SEGMENT, "B026", "marketSegmentIndicator", "marketSegmentIndicatorEffectiveFromDate");
        dated(mpan, m, Fact.ANNUAL_CONSUMPTION, "B027", "annualConsumption", "annualConsumptionEffectiveFromDate");
        String ds = m.text("B005", "currentDataServiceDIPID");
        if (ds != null) {
            record(mpan, m, Fact.DATA_SERVICE, from, ds);
        }
    }

    private void reverseMigration(long mpan, Incoming m) {
        switch (m.event()) {
            case "ReverseMigNotification" -> record(mpan, m, Fact.REGISTERED, date(m, "B094", "MHHSRegimeEndDate"), "F");
            case "DSDeAppRM" -> record(mpan, m, Fact.DATA_SERVICE,
                    date(m, "B009", "dataServiceEffectiveToDate").plusDays(1), "");
            default -> { } // MS de-appointments are not MDS's business
        }
    }

    private void disconnection(long mpan, Incoming m) {
        switch (m.event()) {
            case "MPANDisconnection" -> record(mpan, m, Fact.REGISTERED,
                    date(m, "B041", "disconnectionEffectiveFromDate"), "F");
            case "MPANReconnection" -> record(mpan, m, Fact.REGISTERED,
                    date(m, "B098", "reconnectionEffectiveFromDate"), "T");
            case "CSSDeRegistration" -> record(mpan, m, Fact.REGISTERED,
                    date(m, "B042", "CSSMPANDeRegistrationDate"), "F");
            default -> throw new Rejected("RCP1003", "unknown IF-009 event " + m.eventCode());
        }
    }

    private void distributorChange(long mpan, Incoming m) {
        switch (m.event()) {
            case "GSPChg" -> m0(mpan, m, date(m, "B001", "GSPGroupEffectiveFromDate"));
            case "DUOSTariffIDChg" -> dated(mpan, m, Fact.DUOS_TARIFF, "B024", "DUOSTariffID",
                    "DUOSTariffIDEffectiveFromDate");
            case "DomPremInd" -> dated(mpan, m, Fact.DOMESTIC, "B028", "domesticPremiseIndicator",
                    "domesticPremiseIndicatorEffectiveFromDate");
            case "EnergyDirection", "MUMIndicator" -> {
                dated(mpan, m, Fact.ENERGY_DIRECTION, "B023", "energyDirection", "connectionTypeEffectiveFromDate");
                dated(mpan, m, Fact.CONNECTION_TYPE, "B023", "connectionTypeIndicator",
                        "connectionTypeEffectiveFromDate");
            }
            default -> { } // address and DCC changes are not MDS's business
        }
    }

    private void m0(long mpan, Incoming m, LocalDate from) {
        String gsp = m.m0().path("GSPGroupID").asString(null);
        if (gsp != null) {
            record(mpan, m, Fact.GSP_GROUP, from, gsp);
        }
        String distributor = m.m0().path("distributorDIPID").asString(null);
        if (distributor != null) {
            record(mpan, m, Fact.DISTRIBUTOR, from, distributor);
        }
    }

    /** Records {@code block.field} from {@code block.dateField} when the block carries a value. */
    private void dated(long mpan, Incoming m, Fact fact, String block, String field, String dateField) {
        JsonNode value = m.custom().path(block).path(field);
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        String text = value.isBoolean() ? (value.booleanValue() ? "T" : "F") : value.asString();
        record(mpan, m, fact, date(m, block, dateField), text);
    }

    private void record(long mpan, Incoming m, Fact fact, LocalDate from, String value) {
        facts.record(mpan, fact.name(), from, value, m.transactionId());
    }

    private static LocalDate date(Incoming m, String block, String field) {
        return EffectiveDates.parse(m.text(block, field)).orElseThrow(() -> new Rejected("MSG1001",
                block + "." + field + " is missing or not a date-time: " + m.text(block, field)));
    }
}
