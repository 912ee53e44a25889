package uk.mhhs.registration.process.appointment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.registration.process.ProcessTestBase;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.registration.process.appointment.ChangeOfServiceTest.dsApp;
import static uk.mhhs.registration.process.appointment.ChangeOfServiceTest.msApp;

/**
 * Change of supplier: ALPH's MPAN (MS MTRA, DS METD; see {@link #givenSmartMpan}) is won by BRVO (1400000002) in
 * CSS with supply start date 2026-12-15; BRVO appoints MTRB as MS and DATB as DS with scenario COS; both accept;
 * on 2026-12-15 the switch happens. Today is 2026-12-01.
 */
class ChangeOfSupplierTest extends ProcessTestBase {

    @Autowired
    Environment environment;

    HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void client() {
        http = HttpClient.newHttpClient();
    }

    @Test
    void changeOfSupplierWithMeteringAndDataServiceAppointments() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        String css = "css-" + mpan;
        long mark = logMark();

        HttpResponse<String> secured = postCss(css, mpan, BRVO, "BRVO", "2026-12-15");
        assertThat(secured.statusCode()).as(secured.body()).isEqualTo(201);
        assertThat(postCss(css, mpan, BRVO, "BRVO", "2026-12-15").statusCode()).as("idempotent").isEqualTo(200);
        assertThat(sentLog(mpan, mark)).containsExactly("IF-002 [GainMPANInfo]");
        JsonNode gain = only(awaitSubmitted(mpan, 1), "IF-002", "[GainMPANInfo]");
        assertThat(recipients(gain)).containsExactly(BRVO);
        JsonNode g = gain.path("CustomBlock");
        assertThat(g.path("B013").path("CSSRegistrationID").asString()).isEqualTo(css);
        assertThat(g.path("B005").path("currentMeteringServiceDIPID").asString()).isEqualTo(MTRA);
        assertThat(g.path("B005").path("currentMeteringServiceMPID").asString()).isEqualTo("MTRA");
        assertThat(g.path("B005").path("currentDataServiceDIPID").asString()).isEqualTo(METD);
        assertThat(g.path("B005").path("currentDataServiceMPID").asString()).isEqualTo("METD");
        assertThat(g.path("B026").path("marketSegmentIndicator").asString()).isEqualTo("S");
        assertThat(g.path("B027").path("annualConsumption").asString()).isEqualTo("3100.000");
        assertThat(g.path("B905List").get(0).path("existingMeter").path("meterID").asString()).isEqualTo("M1");

        ObjectNode ms = msApp(MTRB, "MTRB", "2026-12-15T00:00:00+00:00", "COS");
        ms.putObject("B013").put("CSSRegistrationID", css);
        ObjectNode ds = dsApp(DATB, "DATB", "2026-12-15T00:00:00+00:00", "COS", "D");
        ds.putObject("B013").put("CSSRegistrationID", css);
        assertThat(awaitProcessed(receive("IF-031", "[MSApp]", BRVO, "SUP", mpan, ms)).status()).isEqualTo("ACCEPTED");
        assertThat(awaitProcessed(receive("IF-031", "[DSApp]", BRVO, "SUP", mpan, ds)).status()).isEqualTo("ACCEPTED");
        List<JsonNode> requested = awaitSubmitted(mpan, 5);
        JsonNode askMs = only(requested, "IF-033", "[MSAppSPRequest]");
        assertThat(recipients(askMs)).containsExactly(MTRB);
        assertThat(askMs.path("CustomBlock").path("B012").path("serviceProviderAppointmentRequestingSupplierDIPID")
                .asString()).isEqualTo(BRVO);
        assertThat(askMs.path("CustomBlock").path("B012").path("serviceProviderAppointmentRequestingSupplierMPID")
                .asString()).isEqualTo("BRVO");
        assertThat(askMs.path("CustomBlock").path("B013").path("CSSRegistrationID").asString()).isEqualTo(css);

        awaitProcessed(receive("IF-034", "[MSAppSPResponse]", MTRB, "MSS", mpan, answerTo(ms, "A")));
        awaitProcessed(receive("IF-034", "[DSAppSPResponse]", DATB, "SDS", mpan, answerTo(ds, "A")));
        long beforeSwitch = logMark();
        runScheduler(LocalDate.of(2026, 12, 14));
        assertThat(sentLog(mpan, beforeSwitch)).as("nothing before the supply start date").isEmpty();
        assertThat(supplier(mpan, "2026-12-15")).isEqualTo(ALPH);

        runScheduler(LocalDate.of(2026, 12, 15));
        assertThat(sentLog(mpan, beforeSwitch)).containsExactly("IF-001 [ChangeOfSupplier]", "IF-036 [MSAppActive]",
                "IF-037 [MSDeApp]", "IF-036 [DSAppActive]", "IF-037 [DSDeApp]");
        // IF-002, 2 x IF-032, 2 x IF-033, 2 x IF-035 Accepted, IF-035 IMS-SendMTD, IF-001, 2 x IF-036, 2 x IF-037
        List<JsonNode> all = awaitSubmitted(mpan, 13);

        JsonNode cos = only(all, "IF-001", "[ChangeOfSupplier]");
        assertThat(recipients(cos)).isEqualTo(Set.of(BRVO, MDS, LDSO));
        JsonNode c = cos.path("CustomBlock");
        assertThat(c.path("B013").path("CSSRegistrationID").asString()).isEqualTo(css);
        assertThat(c.path("B002").path("incomingSupplierDIPID").asString()).isEqualTo(BRVO);
        assertThat(c.path("B002").path("incomingSupplierMPID").asString()).isEqualTo("BRVO");
        assertThat(c.path("B002").path("supplierEffectiveFromDate").asString()).isEqualTo("2026-12-15T00:00:00+00:00");
        assertThat(c.path("B003").path("outgoingSupplierDIPID").asString()).isEqualTo(ALPH);
        assertThat(c.path("B003").path("outgoingSupplierMPID").asString()).isEqualTo("ALPH");
        assertThat(c.path("B003").path("supplierEffectiveToDate").asString()).isEqualTo("2026-12-14T00:00:00+00:00");
        assertThat(c.path("B004").path("domesticPremiseIndicator").asBoolean()).isTrue();
        assertThat(c.path("B005").path("currentMeteringServiceDIPID").asString()).isEqualTo(MTRB);
        assertThat(c.path("B005").path("currentDataServiceDIPID").asString()).isEqualTo(DATB);
        assertThat(c.path("B027").path("annualConsumption").asString()).isEqualTo("3100.000");
        assertThat(cos.path("CommonBlock").path("M0").path("distributorDIPID").asString()).isEqualTo(LDSO);

        JsonNode msActive = only(all, "IF-036", "[MSAppActive]");
        assertThat(recipients(msActive)).isEqualTo(Set.of(BRVO, DATB, MTRB, LDSO, MDS));
        assertThat(msActive.path("CustomBlock").path("B012").path("serviceProviderAppointmentRequestingSupplierDIPID")
                .asString()).isEqualTo(BRVO);
        assertThat(msActive.path("CustomBlock").path("B014").path("incomingMeteringServiceDIPID").asString())
                .isEqualTo(MTRB);
        assertThat(msActive.path("CustomBlock").path("B014").path("incomingMeteringServiceEffectiveFromDate")
                .asString()).isEqualTo("2026-12-15T00:00:00+00:00");
        assertThat(msActive.path("CustomBlock").path("B014").path("appointmentScenario").asString()).isEqualTo("COS");

        JsonNode dsActive = only(all, "IF-036", "[DSAppActive]");
        assertThat(recipients(dsActive)).isEqualTo(Set.of(BRVO, DATB, MTRB, LDSO, MDS));
        JsonNode b015 = dsActive.path("CustomBlock").path("B015");
        assertThat(b015.path("incomingDataServiceDIPID").asString()).isEqualTo(DATB);
        assertThat(b015.path("incomingDataServiceMPID").asString()).isEqualTo("DATB");
        assertThat(b015.path("incomingDataServiceEffectiveFromDate").asString()).isEqualTo("2026-12-15T00:00:00+00:00");
        assertThat(b015.path("contractReferenceDataService").asString()).isEqualTo("DS-CONTRACT-1");
        assertThat(b015.path("traditionalFallBackReadFrequency").asString()).isEqualTo("M");
        assertThat(dsActive.path("CustomBlock").path("B068").path("consentGranularity").asString())
                .as("the consent BRVO proposed applies from the switch").isEqualTo("D");
        assertThat(dsActive.path("CustomBlock").path("B068").path("consentGranularityEffectiveFromDate").asString())
                .isEqualTo("2026-12-15T00:00:00+00:00");

        JsonNode msGone = only(all, "IF-037", "[MSDeApp]");
        assertThat(recipients(msGone)).isEqualTo(Set.of(MTRA, BRVO, LDSO, MDS));
        assertThat(msGone.path("CustomBlock").path("B008").path("deAppointedMeteringServiceDIPID").asString())
                .isEqualTo(MTRA);
        assertThat(msGone.path("CustomBlock").path("B008").path("meteringServiceEffectiveToDate").asString())
                .isEqualTo("2026-12-14T00:00:00+00:00");
        assertThat(msGone.path("CustomBlock").path("B008").path("deAppointmentReasonCode").asString())
                .isEqualTo("CSUPP");
        assertThat(msGone.path("CustomBlock").path("B002").path("incomingSupplierDIPID").asString()).isEqualTo(BRVO);
        JsonNode dsGone = only(all, "IF-037", "[DSDeApp]");
        assertThat(recipients(dsGone)).isEqualTo(Set.of(METD, BRVO, LDSO, MDS));
        assertThat(dsGone.path("CustomBlock").path("B009").path("deAppointedDataServiceDIPID").asString())
                .isEqualTo(METD);
        assertThat(dsGone.path("CustomBlock").path("B009").path("deAppointmentReasonCode").asString())
                .isEqualTo("CSUPP");
        assertThat(dsGone.path("CustomBlock").path("B011").path("incomingDataServiceDIPID").asString())
                .isEqualTo(DATB);

        assertThat(supplier(mpan, "2026-12-14")).isEqualTo(ALPH);
        assertThat(supplier(mpan, "2026-12-15")).isEqualTo(BRVO);
        JsonNode parties = JsonMapper.shared().readTree(get("/registration/v1/mpans/" + mpan
                + "/parties?date=2026-12-15").body());
        assertThat(parties.path("supplier").path("dipId").asString()).isEqualTo(BRVO);
        assertThat(parties.path("meteringService").path("dipId").asString()).isEqualTo(MTRB);
        assertThat(parties.path("dataService").path("dipId").asString()).isEqualTo(DATB);
        assertThat(parties.path("dataService").path("scenario").asString()).isEqualTo("COS");
    }

    @Test
    void withdrawnRegistrationLapsesItsAppointmentsAndNothingSwitches() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        String css = "css-w-" + mpan;
        assertThat(postCss(css, mpan, BRVO, "BRVO", "2026-12-15").statusCode()).isEqualTo(201);
        ObjectNode ms = msApp(MTRB, "MTRB", "2026-12-15T00:00:00+00:00", "COS");
        ms.putObject("B013").put("CSSRegistrationID", css);
        awaitProcessed(receive("IF-031", "[MSApp]", BRVO, "SUP", mpan, ms));
        awaitSubmitted(mpan, 3);
        long mark = logMark();

        HttpResponse<String> withdrawn = post("/registration/v1/css/registrations/" + css + "/withdrawal", "");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(sentLog(mpan, mark)).containsExactly("IF-035 [MSAppLapsed]");
        JsonNode lapsed = only(awaitSubmitted(mpan, 4), "IF-035", "[MSAppLapsed]");
        assertThat(recipients(lapsed)).isEqualTo(Set.of(BRVO, MTRB));
        assertThat(lapsed.path("CustomBlock").path("B007").path("responseCode").asString()).isEqualTo("L");
        assertThat(lapsed.path("CustomBlock").path("B013").path("CSSRegistrationID").asString()).isEqualTo(css);

        runScheduler(LocalDate.of(2026, 12, 15));
        assertThat(sentLog(mpan, mark)).containsExactly("IF-035 [MSAppLapsed]");
        assertThat(supplier(mpan, "2026-12-15")).isEqualTo(ALPH);
        assertThat(post("/registration/v1/css/registrations/" + css + "/withdrawal", "").statusCode())
                .as("only a secured registration can be withdrawn").isEqualTo(404);
    }

    @Test
    void cssInputIsCheckedAndChangesNothingWhenWrong() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();
        HttpResponse<String> unknownSupplier = postCss("css-x-" + mpan, mpan, "1499999999", "ZZZZ", "2026-12-15");
        assertThat(unknownSupplier.statusCode()).isEqualTo(422);
        assertThat(JsonMapper.shared().readTree(unknownSupplier.body()).path("message").asString())
                .isEqualTo("REG1078 - Supplier ID does not exist in the ISD Catalogue");
        HttpResponse<String> past = postCss("css-p-" + mpan, mpan, BRVO, "BRVO", "2026-11-30");
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(JsonMapper.shared().readTree(past.body()).path("code").asString()).isEqualTo("REG1024");
        String wrong = mpan.substring(0, 12) + (char) ('0' + (mpan.charAt(12) - '0' + 1) % 10);
        HttpResponse<String> badMpan = postCss("css-b-" + mpan, wrong, BRVO, "BRVO", "2026-12-15");
        assertThat(badMpan.statusCode()).isEqualTo(400);
        assertThat(JsonMapper.shared().readTree(badMpan.body()).path("code").asString()).isEqualTo("REG0000");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/registration/v1/css/registrations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("no operator token").isEqualTo(401);
        assertThat(sentLog(mpan, mark)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from switch_request where mpan_core = ?", Long.class,
                Long.parseLong(mpan))).isZero();
    }

    @Test
    void operatorsRunTheDueSwitchNowInsteadOfWaitingForTheTick() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        String css = "css-now-" + mpan;
        assertThat(postCss(css, mpan, BRVO, "BRVO", "2026-12-01").statusCode()).isEqualTo(201);
        assertThat(supplier(mpan, "2026-12-01")).as("the tick is off in these tests").isEqualTo(ALPH);

        assertThat(http.send(HttpRequest.newBuilder(uri("/registration/v1/scheduler/runs"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("no operator token").isEqualTo(401);
        HttpResponse<String> run = post("/registration/v1/scheduler/runs", "");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        JsonNode answer = JsonMapper.shared().readTree(run.body());
        assertThat(answer.path("today").asString()).isEqualTo("2026-12-01");
        assertThat(answer.path("stepsRun").asInt()).as("at least this MPAN's switch").isGreaterThanOrEqualTo(1);
        assertThat(supplier(mpan, "2026-12-01")).isEqualTo(BRVO);
    }

    static ObjectNode answerTo(ObjectNode request, String code) {
        ObjectNode custom = ChangeOfServiceTest.answer(request, code, null);
        custom.withObject("B012").put("serviceProviderAppointmentRequestingSupplierDIPID", BRVO);
        custom.withObject("B012").put("serviceProviderAppointmentRequestingSupplierMPID", "BRVO");
        return custom;
    }

    private String supplier(String mpan, String date) {
        return jdbc.queryForList("""
                select supplier_dip_id from supplier_registration where mpan_core = ? and effective_from <= ?::date
                 order by effective_from desc limit 1""", String.class, Long.parseLong(mpan), date)
                .stream().findFirst().orElse(null);
    }

    private HttpResponse<String> postCss(String id, String mpan, String dipId, String mpid, String ssd)
            throws Exception {
        return post("/registration/v1/css/registrations", """
                {"registrationId":"%s","mpanCore":"%s","supplierDipId":"%s","supplierMpid":"%s","supplyStartDate":"%s"}"""
                .formatted(id, mpan, dipId, mpid, ssd));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-REG-Operator-Token", "test-operator-token")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("X-REG-Operator-Token", "test-operator-token").GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + environment.getProperty("local.server.port") + path);
    }
}
