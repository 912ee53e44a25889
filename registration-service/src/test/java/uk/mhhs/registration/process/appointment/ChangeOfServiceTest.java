package uk.mhhs.registration.process.appointment;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.registration.process.ProcessTestBase;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change of service (scenario CSP) and its rejection paths, today being 2026-12-01 (UTC = UK time in December, so
 * every effective date goes out as {@code T00:00:00+00:00}). The MPAN of each test is registered by
 * {@link #givenSmartMpan}: supplier ALPH (1400000001), MS MTRA (1200000001) and DS METD (1100000001) from
 * 2024-04-01, smart segment, meter M1.
 */
class ChangeOfServiceTest extends ProcessTestBase {

    static ObjectNode dsApp(String dipId, String mpid, String from, String scenario, String consent) {
        ObjectNode custom = object();
        ObjectNode b071 = custom.putObject("B071");
        b071.put("proposedDataServiceDIPID", dipId);
        b071.put("proposedDataServiceMPID", mpid);
        b071.put("proposedDataServiceDIPEffectiveFromDate", from);
        b071.put("contractReferenceDataService", "DS-CONTRACT-1");
        b071.put("appointmentScenario", scenario);
        b071.putNull("supplierNominatedMDRDIPID");
        b071.putNull("supplierNominatedMDRMPID");
        b071.putNull("supplierNominatedMDREffectiveFromDate");
        b071.put("supplierProposedConsentGranularity", consent);
        b071.put("supplierProposedDomesticIndicator", true);
        b071.put("traditionalFallBackReadFrequency", "M");
        return custom;
    }

    static ObjectNode msApp(String dipId, String mpid, String from, String scenario) {
        ObjectNode custom = object();
        ObjectNode b070 = custom.putObject("B070");
        b070.put("proposedMeteringServiceDIPID", dipId);
        b070.put("proposedMeteringServiceMPID", mpid);
        b070.put("proposedMeteringServiceDIPEffectiveFromDate", from);
        b070.put("contractReferenceMeteringService", "MS-CONTRACT-7");
        b070.put("appointmentScenario", scenario);
        return custom;
    }

    /** An IF-034 answer from the provider to a request made by ALPH, echoing {@code request}'s B070/B071. */
    static ObjectNode answer(ObjectNode request, String code, String reason) {
        ObjectNode custom = object();
        ObjectNode b007 = custom.putObject("B007");
        b007.put("responseCode", code);
        b007.put("proposedAppointmentResponseCode", reason);
        ObjectNode b012 = custom.putObject("B012");
        b012.put("serviceProviderAppointmentRequestingSupplierDIPID", ALPH);
        b012.put("serviceProviderAppointmentRequestingSupplierMPID", "ALPH");
        if (request.has("B013")) {
            custom.set("B013", request.get("B013"));
        }
        if (request.has("B070")) {
            custom.set("B070", request.get("B070"));
        } else {
            // IF-034 [DSAppSPResponse] requires B070 as well: the MS block of the site as the DS saw it
            ObjectNode b070 = custom.putObject("B070");
            b070.put("proposedMeteringServiceDIPID", MTRA);
            b070.put("proposedMeteringServiceMPID", "MTRA");
            b070.put("proposedMeteringServiceDIPEffectiveFromDate", "2024-04-01T00:00:00+00:00");
            b070.putNull("contractReferenceMeteringService");
            b070.put("appointmentScenario", "MCA");
        }
        if (request.has("B071")) {
            custom.set("B071", request.get("B071"));
        }
        return custom;
    }

    @Test
    void changeOfDataServiceRejectedByTheProvider() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();
        ObjectNode request = dsApp(DATB, "DATB", "2026-12-10T00:00:00+00:00", "CSP", "H");

        assertThat(awaitProcessed(receive("IF-031", "[DSApp]", ALPH, "SUP", mpan, request)).status())
                .isEqualTo("ACCEPTED");
        List<JsonNode> sent = awaitSubmitted(mpan, 2);
        assertThat(sentLog(mpan, mark)).containsExactly("IF-032 [DSAppInitialResp]", "IF-033 [DSAppSPRequest]");

        JsonNode initial = only(sent, "IF-032", "[DSAppInitialResp]");
        assertThat(recipients(initial)).containsExactly(ALPH);
        assertM0(initial, mpan);
        assertThat(initial.path("CommonBlock").path("R0").path("responseCode").asString()).isEqualTo("A");
        assertThat(initial.path("CommonBlock").path("R0").path("responseMessages").size()).isZero();
        assertThat(initial.path("CustomBlock").path("B071")).isEqualTo(request.get("B071"));

        JsonNode ask = only(sent, "IF-033", "[DSAppSPRequest]");
        assertThat(recipients(ask)).containsExactly(DATB);
        JsonNode c = ask.path("CustomBlock");
        assertThat(c.path("B012").path("serviceProviderAppointmentRequestingSupplierDIPID").asString()).isEqualTo(ALPH);
        assertThat(c.path("B012").path("serviceProviderAppointmentRequestingSupplierMPID").asString()).isEqualTo("ALPH");
        assertThat(c.path("B071")).isEqualTo(request.get("B071"));
        assertThat(c.path("B072").path("incumbentMeteringServiceDIPID").asString()).isEqualTo(MTRA);
        assertThat(c.path("B072").path("incumbentMeteringServiceMPID").asString()).isEqualTo("MTRA");
        assertThat(c.path("B022").path("meteringPointPostcode").asString()).isEqualTo("SW1A 1AA");
        assertThat(c.path("B022").path("addressLine1").asString()).isEqualTo("1 Test Street");
        assertThat(c.path("B022").path("addressLine2").asString()).isEqualTo("London");
        assertThat(c.path("B022").path("addressLine3").isNull()).isTrue();
        assertThat(c.path("B022").path("addressLine9").isNull()).isTrue();
        assertThat(c.path("B023").path("connectionTypeIndicator").asString()).isEqualTo("W");
        assertThat(c.path("B023").path("connectionTypeEffectiveFromDate").asString())
                .isEqualTo("2024-03-01T00:00:00+00:00");
        assertThat(c.path("B023").path("energyDirection").asString()).isEqualTo("I");
        assertThat(c.path("B023").path("meteredIndicator").asBoolean()).isTrue();
        assertThat(c.path("B024").path("DUOSTariffID").asString()).isEqualTo("DOM");
        assertThat(c.path("B025").path("energisationStatus").asString()).isEqualTo("E");
        assertThat(c.path("B026").path("marketSegmentIndicator").asString()).isEqualTo("S");
        assertThat(c.path("B026").path("marketSegmentIndicatorEffectiveFromDate").asString())
                .isEqualTo("2024-03-01T00:00:00+00:00");
        assertThat(c.has("B029")).isFalse();
        assertThat(c.has("B031")).isFalse();
        JsonNode meter = c.path("B905List").get(0);
        assertThat(c.path("B905List").size()).isEqualTo(1);
        assertThat(meter.path("existingMeter").path("meterID").asString()).isEqualTo("M1");
        assertThat(meter.path("existingMeter").path("meterType").asString()).isEqualTo("S2A");
        assertThat(meter.path("existingMeter").path("meterLocation").asString()).isEqualTo("A");
        assertThat(meter.path("existingMeter").path("numberOfDisplayedRegisterDigits").asInt()).isEqualTo(5);
        assertThat(meter.path("existingMeter").path("meterInstallationDate").asString())
                .isEqualTo("2024-03-01T00:00:00+00:00");
        assertThat(meter.path("existingMAP").path("meterAssetProviderID").asString()).isEqualTo("MAPA");

        long afterRequest = logMark();
        assertThat(awaitProcessed(receive("IF-034", "[DSAppSPResponse]", DATB, "SDS", mpan,
                answer(request, "R", "NO-CAPACITY"))).status()).isEqualTo("ACCEPTED");
        assertThat(sentLog(mpan, afterRequest)).containsExactly("IF-035 [DSAppRejected]");
        JsonNode outcome = only(awaitSubmitted(mpan, 3), "IF-035", "[DSAppRejected]");
        assertThat(recipients(outcome)).isEqualTo(Set.of(ALPH, DATB));
        assertThat(outcome.path("CustomBlock").path("B007").path("responseCode").asString()).isEqualTo("R");
        assertThat(outcome.path("CustomBlock").path("B007").path("proposedAppointmentResponseCode").asString())
                .isEqualTo("NO-CAPACITY");
        assertThat(outcome.path("CustomBlock").path("B012").path("serviceProviderAppointmentRequestingSupplierDIPID")
                .asString()).isEqualTo(ALPH);
        assertThat(outcome.path("CustomBlock").path("B071")).isEqualTo(request.get("B071"));

        runScheduler(LocalDate.of(2026, 12, 10));
        assertThat(dataService(mpan, "2026-12-10")).isEqualTo(METD);
        assertThat(requestStatus(mpan, "DS")).isEqualTo("REJECTED");
    }

    @Test
    void changeOfMeteringServiceAcceptedTakesEffectOnItsDate() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode request = msApp(MTRB, "MTRB", "2026-12-10T00:00:00+00:00", "CSP");
        awaitProcessed(receive("IF-031", "[MSApp]", ALPH, "SUP", mpan, request));
        awaitSubmitted(mpan, 2);
        long mark = logMark();

        awaitProcessed(receive("IF-034", "[MSAppSPResponse]", MTRB, "MSS", mpan, answer(request, "A", null)));
        assertThat(sentLog(mpan, mark)).containsExactly("IF-035 [MSAppAccepted]", "IF-035 [IMS-SendMTD]");
        List<JsonNode> accepted = awaitSubmitted(mpan, 4);
        JsonNode ok = only(accepted, "IF-035", "[MSAppAccepted]");
        assertThat(recipients(ok)).isEqualTo(Set.of(ALPH, MTRB));
        assertThat(ok.path("CustomBlock").path("B007").path("responseCode").asString()).isEqualTo("A");
        assertThat(ok.path("CustomBlock").path("B070")).isEqualTo(request.get("B070"));
        JsonNode sendMtd = only(accepted, "IF-035", "[IMS-SendMTD]");
        assertThat(recipients(sendMtd)).containsExactly(MTRA);
        assertThat(sendMtd.path("CustomBlock").path("B070").path("proposedMeteringServiceDIPID").asString())
                .isEqualTo(MTRB);
        assertThat(meteringService(mpan, "2026-12-10")).as("not before its date").isEqualTo(MTRA);

        long beforeDate = logMark();
        runScheduler(LocalDate.of(2026, 12, 9));
        assertThat(sentLog(mpan, beforeDate)).isEmpty();
        runScheduler(LocalDate.of(2026, 12, 10));
        assertThat(sentLog(mpan, beforeDate)).containsExactly("IF-036 [MSAppActive]", "IF-037 [MSDeApp]");
        List<JsonNode> all = awaitSubmitted(mpan, 6);

        JsonNode active = only(all, "IF-036", "[MSAppActive]");
        assertThat(recipients(active)).isEqualTo(Set.of(ALPH, METD, MTRB, LDSO, MDS));
        JsonNode c = active.path("CustomBlock");
        assertThat(c.path("B014").path("incomingMeteringServiceDIPID").asString()).isEqualTo(MTRB);
        assertThat(c.path("B014").path("incomingMeteringServiceMPID").asString()).isEqualTo("MTRB");
        assertThat(c.path("B014").path("incomingMeteringServiceEffectiveFromDate").asString())
                .isEqualTo("2026-12-10T00:00:00+00:00");
        assertThat(c.path("B014").path("contractReferenceMeteringService").asString()).isEqualTo("MS-CONTRACT-7");
        assertThat(c.path("B014").path("appointmentScenario").asString()).isEqualTo("CSP");
        assertThat(c.path("B005").path("currentMeteringServiceDIPID").asString()).isEqualTo(MTRB);
        assertThat(c.path("B005").path("currentDataServiceDIPID").asString()).isEqualTo(METD);
        assertThat(c.path("B028").path("domesticPremiseIndicator").asBoolean()).isTrue();
        assertThat(c.path("B027").path("annualConsumption").asString()).isEqualTo("3100.000");
        assertThat(c.path("B027").path("annualConsumptionEffectiveFromDate").asString())
                .isEqualTo("2025-11-01T00:00:00+00:00");
        assertThat(c.path("B027").path("annualConsumptionQualityIndicator").asString()).isEqualTo("A");

        JsonNode deApp = only(all, "IF-037", "[MSDeApp]");
        assertThat(recipients(deApp)).isEqualTo(Set.of(MTRA, ALPH, LDSO, MDS));
        JsonNode b008 = deApp.path("CustomBlock").path("B008");
        assertThat(b008.path("deAppointedMeteringServiceDIPID").asString()).isEqualTo(MTRA);
        assertThat(b008.path("deAppointedMeteringServiceMPID").asString()).isEqualTo("MTRA");
        // 2024-04-01 is in British Summer Time: UK midnight is 23:00 UTC the day before
        assertThat(b008.path("meteringServiceEffectiveFromDate").asString()).isEqualTo("2024-04-01T00:00:00+01:00");
        assertThat(b008.path("meteringServiceEffectiveToDate").asString()).isEqualTo("2026-12-09T00:00:00+00:00");
        assertThat(b008.path("deAppointmentReasonCode").asString()).isEqualTo("CSERV");
        assertThat(deApp.path("CustomBlock").path("B010").path("incomingMeteringServiceDIPID").asString())
                .isEqualTo(MTRB);

        assertThat(meteringService(mpan, "2026-12-09")).isEqualTo(MTRA);
        assertThat(meteringService(mpan, "2026-12-10")).isEqualTo(MTRB);
        long again = logMark();
        runScheduler(LocalDate.of(2026, 12, 11));
        assertThat(sentLog(mpan, again)).as("a step runs once").isEmpty();
    }

    @Test
    void anUnansweredRequestLapsesFiveDaysAfterItsDate() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode request = dsApp(DATB, "DATB", "2026-12-10T00:00:00+00:00", "CSP", "D");
        awaitProcessed(receive("IF-031", "[DSApp]", ALPH, "SUP", mpan, request));
        awaitSubmitted(mpan, 2);
        long mark = logMark();

        runScheduler(LocalDate.of(2026, 12, 14));
        assertThat(sentLog(mpan, mark)).isEmpty();
        runScheduler(LocalDate.of(2026, 12, 15));
        assertThat(sentLog(mpan, mark)).containsExactly("IF-035 [DSAppLapsed]");
        JsonNode lapsed = only(awaitSubmitted(mpan, 3), "IF-035", "[DSAppLapsed]");
        assertThat(recipients(lapsed)).isEqualTo(Set.of(ALPH, DATB));
        assertThat(lapsed.path("CustomBlock").path("B007").path("responseCode").asString()).isEqualTo("L");
        assertThat(lapsed.path("CustomBlock").path("B007").path("proposedAppointmentResponseCode").isNull()).isTrue();
        assertThat(requestStatus(mpan, "DS")).isEqualTo("LAPSED");

        long late = logMark();
        Outcome answer = awaitProcessed(receive("IF-034", "[DSAppSPResponse]", DATB, "SDS", mpan,
                answer(request, "A", null)));
        assertThat(answer).isEqualTo(new Outcome("REJECTED", List.of("REG1108")));
        assertThat(sentLog(mpan, late)).isEmpty();
        assertThat(dataService(mpan, "2026-12-20")).isEqualTo(METD);
    }

    @Test
    void cspCannotProposeTheProviderAppointedNow() {
        assertRejected(msApp(MTRA, "MTRA", "2026-12-10T00:00:00+00:00", "CSP"), "[MSApp]", ALPH,
                "REG1026 - Scenario CSP cannot propose the currenly appointed Service Provider");
    }

    @Test
    void anAppointmentMoreThan28DaysAheadIsRejected() {
        // 2026-12-01 + 28 days = 2026-12-29 is the last date allowed
        assertRejected(msApp(MTRB, "MTRB", "2026-12-30T00:00:00+00:00", "CSP"), "[MSApp]", ALPH,
                "REG1099 - SP Effective from date cannot be more than 28 days in the future");
    }

    @Test
    void anAppointmentInThePastIsRejected() {
        assertRejected(msApp(MTRB, "MTRB", "2026-11-30T00:00:00+00:00", "CSP"), "[MSApp]", ALPH,
                "REG1034 - Prospective Appointment cannot be in the past");
    }

    @Test
    void onlyTheRegisteredSupplierAppoints() {
        assertRejected(msApp(MTRB, "MTRB", "2026-12-10T00:00:00+00:00", "CSP"), "[MSApp]", BRVO,
                "REG1021 - Requesting Supplier is not the Current Supplier");
    }

    @Test
    void theProviderMustHoldTheRoleOfTheSegment() {
        // ADVD holds ADS (advanced), the MPAN is smart: a DS there must hold SDS
        assertRejected(dsApp(ADVD, "ADVD", "2026-12-10T00:00:00+00:00", "CSP", "H"), "[DSApp]", ALPH,
                "REG1031 - Service Provider incompatible with MPAN Market Segment");
    }

    @Test
    void theProposedMpidMustBeTheDipIdsInIsd() {
        assertRejected(dsApp(DATB, "METD", "2026-12-10T00:00:00+00:00", "CSP", "H"), "[DSApp]", ALPH,
                "REG1091 - Proposed Data Service MPID [DI-214] does not match DIP ID");
    }

    @Test
    void aCosAppointmentNeedsASecuredRegistration() {
        ObjectNode request = msApp(MTRB, "MTRB", "2026-12-10T00:00:00+00:00", "COS");
        request.putObject("B013").put("CSSRegistrationID", "no-such-registration");
        assertRejected(request, "[MSApp]", BRVO,
                "REG0005 - CSS Registration Request ID is invalid or does not exist");
    }

    @Test
    void aWrongCheckDigitIsRejectedAndChangesNothing() {
        String valid = newMpan();
        String wrong = valid.substring(0, 12) + (char) ('0' + (valid.charAt(12) - '0' + 1) % 10);
        long requests = jdbc.queryForObject("select count(*) from appointment_request", Long.class);
        long mark = logMark();
        Outcome outcome = awaitProcessed(receive("IF-031", "[MSApp]", ALPH, "SUP", wrong,
                msApp(MTRB, "MTRB", "2026-12-10T00:00:00+00:00", "CSP")));
        assertThat(outcome).isEqualTo(new Outcome("REJECTED", List.of("REG0000")));
        assertThat(sentLog(wrong, mark)).containsExactly("IF-032 [MSAppInitialResp]");
        JsonNode response = only(awaitSubmitted(wrong, 1), "IF-032", "[MSAppInitialResp]");
        assertThat(recipients(response)).containsExactly(ALPH);
        assertThat(response.path("CommonBlock").path("M0").path("MPANCore").asString()).isEqualTo(wrong);
        assertThat(response.path("CommonBlock").path("R0").path("responseCode").asString()).isEqualTo("R");
        assertThat(response.path("CommonBlock").path("R0").path("responseMessages").get(0).asString())
                .isEqualTo("REG0000 - MPAN Invalid or does not exist");
        assertThat(jdbc.queryForObject("select count(*) from appointment_request", Long.class)).isEqualTo(requests);
        assertThat(jdbc.queryForObject("select count(*) from mpan where mpan_core = ?", Long.class,
                Long.parseLong(wrong))).isZero();
    }

    private void assertRejected(ObjectNode request, String event, String sender, String expectedMessage) {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();
        Outcome outcome = awaitProcessed(receive("IF-031", event, sender, "SUP", mpan, request));
        assertThat(outcome).isEqualTo(new Outcome("REJECTED", List.of(expectedMessage.substring(0, 7))));
        String responseEvent = event.replace("App]", "AppInitialResp]");
        assertThat(sentLog(mpan, mark)).containsExactly("IF-032 " + responseEvent);
        JsonNode response = only(awaitSubmitted(mpan, 1), "IF-032", responseEvent);
        assertThat(recipients(response)).containsExactly(sender);
        assertM0(response, mpan);
        assertThat(response.path("CommonBlock").path("R0").path("responseCode").asString()).isEqualTo("R");
        assertThat(response.path("CommonBlock").path("R0").path("responseMessages").size()).isEqualTo(1);
        assertThat(response.path("CommonBlock").path("R0").path("responseMessages").get(0).asString())
                .isEqualTo(expectedMessage);
        String block = request.has("B070") ? "B070" : "B071";
        assertThat(response.path("CustomBlock").path(block)).isEqualTo(request.get(block));
        assertThat(jdbc.queryForObject("select count(*) from appointment_request where mpan_core = ?", Long.class,
                Long.parseLong(mpan))).isZero();
        assertThat(meteringService(mpan, "2026-12-10")).isEqualTo(MTRA);
        assertThat(dataService(mpan, "2026-12-10")).isEqualTo(METD);
    }

    private static void assertM0(JsonNode message, String mpan) {
        JsonNode m0 = message.path("CommonBlock").path("M0");
        assertThat(m0.path("MPANCore").asString()).isEqualTo(mpan);
        assertThat(m0.path("distributorDIPID").asString()).isEqualTo(LDSO);
        assertThat(m0.path("GSPGroupID").asString()).isEqualTo("_C");
    }

    private String meteringService(String mpan, String date) {
        return party(mpan, "MS", date);
    }

    private String dataService(String mpan, String date) {
        return party(mpan, "DS", date);
    }

    private String party(String mpan, String service, String date) {
        return jdbc.queryForList("""
                select dip_id from appointment where mpan_core = ? and service = ? and effective_from <= ?::date
                 order by effective_from desc limit 1""", String.class, Long.parseLong(mpan), service, date)
                .stream().findFirst().orElse(null);
    }

    private String requestStatus(String mpan, String service) {
        return jdbc.queryForObject("select status from appointment_request where mpan_core = ? and service = ?"
                + " order by id desc limit 1", String.class, Long.parseLong(mpan), service);
    }
}
