package uk.mhhs.registration.process.disconnection;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.mhhs.registration.RegHttp;
import uk.mhhs.registration.process.ProcessTestBase;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operator disconnection, reconnection and CSS de-registration on the standard smart MPAN (supplier ALPH, MS MTRA,
 * DS METD from 2024-04-01, a BST date: "2024-04-01T00:00:00+01:00"; LDSO 2300000004, GSP group _C); today
 * 2026-12-01. Appointments ended from D end on D - 1.
 */
class DisconnectionTest extends ProcessTestBase {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void a_disconnection_is_announced_and_ends_the_ms_and_ds_appointments() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);

        HttpResponse<String> response = post("/registration/v1/mpans/" + mpan + "/disconnections",
                "{\"effectiveFrom\":\"2026-12-05\",\"additionalInformation\":\"cut at the cut-out\"}", RegHttp.TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = RegHttp.json(response);
        assertThat(body.path("mpanCore").asString()).isEqualTo(mpan);
        assertThat(body.path("event").asString()).isEqualTo("DISCONNECTED");
        assertThat(body.path("effectiveFrom").asString()).isEqualTo("2026-12-05");
        assertThat(body.path("sent").toString())
                .isEqualTo("[\"IF-009 [MPANDisconnection]\",\"IF-037 [MSDeApp]\",\"IF-037 [DSDeApp]\"]");
        List<JsonNode> sent = awaitSubmitted(mpan, 3);
        assertThat(sent).hasSize(3);
        JsonNode if009 = only(sent, "IF-009", "[MPANDisconnection]");
        assertThat(recipients(if009)).isEqualTo(Set.of(ALPH, LDSO, MDS));
        assertCommon(if009, mpan);
        JsonNode b041 = if009.path("CustomBlock").path("B041");
        assertThat(b041.path("disconnectionEffectiveFromDate").asString()).isEqualTo("2026-12-05T00:00:00+00:00");
        assertThat(b041.path("additionalInformation").asString()).isEqualTo("cut at the cut-out");
        assertThat(if009.path("CustomBlock").properties()).hasSize(1);
        assertMsDeApp(only(sent, "IF-037", "[MSDeApp]"), mpan, "2026-12-04T00:00:00+00:00");
        assertDsDeApp(only(sent, "IF-037", "[DSDeApp]"), mpan, "2026-12-04T00:00:00+00:00");

        JsonNode dayBefore = register(mpan, "2026-12-04").path("parties");
        assertThat(dayBefore.path("meteringService").path("dipId").asString()).isEqualTo(MTRA);
        assertThat(dayBefore.path("dataService").path("dipId").asString()).isEqualTo(METD);
        JsonNode onTheDay = register(mpan, "2026-12-05").path("parties");
        assertThat(onTheDay.path("meteringService").isNull()).isTrue();
        assertThat(onTheDay.path("dataService").isNull()).isTrue();
        assertThat(onTheDay.path("supplier").path("dipId").asString()).isEqualTo(ALPH);
        assertThat(history(mpan)).containsExactly("2026-12-05 DISCONNECTED cut at the cut-out");
    }

    @Test
    void a_reconnection_is_announced_and_appoints_nobody() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        givenDisconnectedFrom(mpan, "2026-12-05");

        HttpResponse<String> response = post("/registration/v1/mpans/" + mpan + "/reconnections",
                "{\"effectiveFrom\":\"2026-12-10\"}", RegHttp.TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(RegHttp.json(response).path("sent").toString()).isEqualTo("[\"IF-009 [MPANReconnection]\"]");
        List<JsonNode> sent = awaitSubmitted(mpan, 1);
        assertThat(sent).hasSize(1);
        JsonNode if009 = only(sent, "IF-009", "[MPANReconnection]");
        assertThat(recipients(if009)).isEqualTo(Set.of(ALPH, LDSO, MDS));
        assertCommon(if009, mpan);
        assertThat(if009.path("CustomBlock").path("B098").path("reconnectionEffectiveFromDate").asString())
                .isEqualTo("2026-12-10T00:00:00+00:00");
        assertThat(if009.path("CustomBlock").properties()).hasSize(1);
        assertThat(if009.path("CustomBlock").path("B098").properties()).hasSize(1);
        JsonNode parties = register(mpan, "2026-12-10").path("parties");
        assertThat(parties.path("meteringService").isNull()).isTrue();
        assertThat(parties.path("dataService").isNull()).isTrue();
        assertThat(history(mpan)).containsExactly("2026-12-05 DISCONNECTED null", "2026-12-10 RECONNECTED null");
    }

    @Test
    void a_css_deregistration_is_announced_and_ends_the_ms_and_ds_appointments() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);

        HttpResponse<String> response = post("/registration/v1/css/deregistrations",
                "{\"mpanCore\":\"" + mpan + "\",\"deregistrationDate\":\"2026-12-03\"}", RegHttp.TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(RegHttp.json(response).path("event").asString()).isEqualTo("DEREGISTERED");
        List<JsonNode> sent = awaitSubmitted(mpan, 3);
        assertThat(sent).hasSize(3);
        JsonNode if009 = only(sent, "IF-009", "[CSSDeRegistration]");
        assertThat(recipients(if009)).isEqualTo(Set.of(ALPH, LDSO, MDS));
        assertCommon(if009, mpan);
        assertThat(if009.path("CustomBlock").path("B042").path("CSSMPANDeRegistrationDate").asString())
                .isEqualTo("2026-12-03T00:00:00+00:00");
        assertThat(if009.path("CustomBlock").properties()).hasSize(1);
        assertMsDeApp(only(sent, "IF-037", "[MSDeApp]"), mpan, "2026-12-02T00:00:00+00:00");
        assertDsDeApp(only(sent, "IF-037", "[DSDeApp]"), mpan, "2026-12-02T00:00:00+00:00");
        JsonNode parties = register(mpan, "2026-12-03").path("parties");
        assertThat(parties.path("meteringService").isNull()).isTrue();
        assertThat(parties.path("dataService").isNull()).isTrue();
        assertThat(history(mpan)).containsExactly("2026-12-03 DEREGISTERED null");
    }

    @Test
    void without_the_operator_token_nothing_happens() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();

        HttpResponse<String> response = post("/registration/v1/mpans/" + mpan + "/disconnections",
                "{\"effectiveFrom\":\"2026-12-05\"}", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertUnchanged(mpan, mark);
    }

    @Test
    void a_wrong_check_digit_is_400_REG0000() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        String wrong = mpan.substring(0, 12) + (char) ('0' + (mpan.charAt(12) - '0' + 1) % 10);
        long mark = logMark();

        HttpResponse<String> response = post("/registration/v1/mpans/" + wrong + "/disconnections",
                "{\"effectiveFrom\":\"2026-12-05\"}", RegHttp.TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertError(response, "REG0000", "REG0000 - MPAN Invalid or does not exist");
        assertUnchanged(mpan, mark);
    }

    @Test
    void an_unregistered_mpan_is_404_REG0000() throws Exception {
        String mpan = newMpan();

        HttpResponse<String> response = post("/registration/v1/css/deregistrations",
                "{\"mpanCore\":\"" + mpan + "\",\"deregistrationDate\":\"2026-12-03\"}", RegHttp.TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
        assertError(response, "REG0000", "REG0000 - MPAN Invalid or does not exist");
        assertThat(history(mpan)).isEmpty();
    }

    @Test
    void a_missing_date_is_400_REG1088() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();

        HttpResponse<String> response = post("/registration/v1/mpans/" + mpan + "/disconnections",
                "{\"additionalInformation\":\"no date\"}", RegHttp.TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertError(response, "REG1088", "REG1088 - Effective From Date Must be Provided");
        assertUnchanged(mpan, mark);
    }

    @Test
    void reconnecting_a_connected_mpan_is_409_REG1022() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();

        HttpResponse<String> response = post("/registration/v1/mpans/" + mpan + "/reconnections",
                "{\"effectiveFrom\":\"2026-12-05\"}", RegHttp.TOKEN);

        assertThat(response.statusCode()).isEqualTo(409);
        assertError(response, "REG1022", "REG1022 - Proposed Data Item Value is invalid");
        assertUnchanged(mpan, mark);
    }

    @Test
    void an_event_dated_before_the_latest_one_is_409_REG1014_and_changes_nothing() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        givenDisconnectedFrom(mpan, "2026-12-05");
        long mark = logMark();

        HttpResponse<String> response = post("/registration/v1/mpans/" + mpan + "/reconnections",
                "{\"effectiveFrom\":\"2026-12-04\"}", RegHttp.TOKEN);

        assertThat(response.statusCode()).isEqualTo(409);
        assertError(response, "REG1014", "REG1014 - EffectiveFrom Sequence Error");
        assertThat(sentLog(mpan, mark)).isEmpty();
        assertThat(history(mpan)).containsExactly("2026-12-05 DISCONNECTED null");
    }

    /** As a disconnection from {@code date} leaves the register (tested above), without its messages. */
    private void givenDisconnectedFrom(String mpan, String date) {
        long key = Long.parseLong(mpan);
        jdbc.update("insert into disconnection_history (mpan_core, effective_from, event) values (?, ?::date,"
                + " 'DISCONNECTED')", key, date);
        jdbc.update("insert into appointment (mpan_core, service, effective_from) values (?, 'MS', ?::date),"
                + " (?, 'DS', ?::date)", key, date, key, date);
    }

    private void assertUnchanged(String mpan, long mark) throws Exception {
        assertThat(sentLog(mpan, mark)).isEmpty();
        assertThat(history(mpan)).isEmpty();
        assertThat(jdbc.queryForList("select service || ' ' || effective_from || ' ' || dip_id from appointment"
                        + " where mpan_core = ? order by service, effective_from", String.class, Long.parseLong(mpan)))
                .containsExactly("DS 2024-04-01 " + METD, "MS 2024-04-01 " + MTRA);
        JsonNode parties = register(mpan, "2026-12-31").path("parties");
        assertThat(parties.path("meteringService").path("dipId").asString()).isEqualTo(MTRA);
    }

    private static void assertCommon(JsonNode message, String mpan) {
        JsonNode m0 = message.path("CommonBlock").path("M0");
        assertThat(m0.path("MPANCore").asString()).isEqualTo(mpan);
        assertThat(m0.path("distributorDIPID").asString()).isEqualTo(LDSO);
        assertThat(m0.path("GSPGroupID").asString()).isEqualTo("_C");
        assertThat(message.path("CommonBlock").path("R0").isMissingNode()).isTrue();
    }

    private static void assertMsDeApp(JsonNode if037, String mpan, String effectiveTo) {
        assertThat(recipients(if037)).isEqualTo(Set.of(MTRA, ALPH, LDSO, MDS));
        assertCommon(if037, mpan);
        JsonNode b008 = if037.path("CustomBlock").path("B008");
        assertThat(b008.path("deAppointedMeteringServiceDIPID").asString()).isEqualTo(MTRA);
        assertThat(b008.path("deAppointedMeteringServiceMPID").asString()).isEqualTo("MTRA");
        assertThat(b008.path("meteringServiceEffectiveFromDate").asString()).isEqualTo("2024-04-01T00:00:00+01:00");
        assertThat(b008.path("meteringServiceEffectiveToDate").asString()).isEqualTo(effectiveTo);
        assertThat(b008.path("deAppointmentReasonCode").asString()).isEqualTo("DEREG");
        assertSupplier(if037);
    }

    private static void assertDsDeApp(JsonNode if037, String mpan, String effectiveTo) {
        assertThat(recipients(if037)).isEqualTo(Set.of(METD, ALPH, LDSO, MDS));
        assertCommon(if037, mpan);
        JsonNode b009 = if037.path("CustomBlock").path("B009");
        assertThat(b009.path("deAppointedDataServiceDIPID").asString()).isEqualTo(METD);
        assertThat(b009.path("deAppointedDataServiceMPID").asString()).isEqualTo("METD");
        assertThat(b009.path("dataServiceEffectiveFromDate").asString()).isEqualTo("2024-04-01T00:00:00+01:00");
        assertThat(b009.path("dataServiceEffectiveToDate").asString()).isEqualTo(effectiveTo);
        assertThat(b009.path("deAppointmentReasonCode").asString()).isEqualTo("DEREG");
        assertSupplier(if037);
    }

    private static void assertSupplier(JsonNode if037) {
        JsonNode b002 = if037.path("CustomBlock").path("B002");
        assertThat(b002.path("incomingSupplierDIPID").asString()).isEqualTo(ALPH);
        assertThat(b002.path("incomingSupplierMPID").asString()).isEqualTo("ALPH");
        assertThat(b002.path("supplierEffectiveFromDate").asString()).isEqualTo("2024-04-01T00:00:00+01:00");
        assertThat(if037.path("CustomBlock").properties()).hasSize(2);
    }

    private static void assertError(HttpResponse<String> response, String code, String message) {
        JsonNode body = RegHttp.json(response);
        assertThat(body.path("code").asString()).isEqualTo(code);
        assertThat(body.path("message").asString()).isEqualTo(message);
        assertThat(body.path("reason").asString()).isNotBlank();
    }

    private List<String> history(String mpan) {
        return jdbc.queryForList("select effective_from || ' ' || event || ' ' || coalesce(additional_information,"
                + " 'null') from disconnection_history where mpan_core = ? order by effective_from", String.class,
                Long.parseLong(mpan));
    }

    private JsonNode register(String mpan, String asAt) throws Exception {
        return new RegHttp("http://localhost:" + port).getJson("/registration/v1/mpans/" + mpan + "?asAt=" + asAt);
    }

    private HttpResponse<String> post(String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("X-REG-Operator-Token", token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
