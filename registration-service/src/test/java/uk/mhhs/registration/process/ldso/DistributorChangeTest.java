package uk.mhhs.registration.process.ldso;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.registration.RegHttp;
import uk.mhhs.registration.process.ProcessTestBase;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.registration.process.ldso.DistributorChangeTestSupport.assertRefused;

/**
 * LDSO changes → IF-018. {@link #givenSmartMpan}: distributor 12 (GSP group _C from 2024-03-01), address SW1A 1AA /
 * "1 Test Street" / "London", whole-current import metered (W, I, true) and DUoS tariff DOM from 2024-03-01;
 * supplier ALPH, MS MTRA, DS METD. IF-018 goes to ALPH, METD, MTRA, MDS 9900000005 and LDSO 2300000004.
 */
class DistributorChangeTest extends ProcessTestBase {

    private static final Set<String> FIVE = Set.of(ALPH, METD, MTRA, MDS, LDSO);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void gsp_group_change_of_an_idno_mpan_is_recorded_and_sent_with_b001_and_the_address() throws Exception {
        ObjectNode distributor = object();
        distributor.put("distributor_id", 24);
        distributor.put("mpid", "LOND");
        distributor.put("distributor_name", "IDNO in London's LDSO");
        distributor.put("gsp_group_id", "_C");
        isdRow("distributor", "24", distributor);
        String first12 = "24" + newMpan().substring(2, 12);
        String mpan = first12 + MpanCore.checkDigitFor(first12);
        givenSmartMpan(mpan);
        jdbc.update("update mpan set distributor_id = 24 where mpan_core = ?", Long.parseLong(mpan));

        HttpResponse<String> response = post(mpan, """
                {"event": "GSPChg", "effectiveFrom": "2026-12-10", "gspGroupId": "_D"}""", RegHttp.TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = RegHttp.json(response);
        assertThat(answer.path("mpanCore").asString()).isEqualTo(mpan);
        assertThat(answer.path("event").asString()).isEqualTo("GSPChg");
        assertThat(answer.path("effectiveFrom").asString()).isEqualTo("2026-12-10");
        assertThat(answer.path("recipients").valueStream().map(JsonNode::asString).toList())
                .containsExactly(ALPH, METD, MTRA, MDS, LDSO);
        JsonNode sent = only(awaitSubmitted(mpan, 1), "IF-018", "[GSPChg]");
        assertCommon(sent, mpan, "_D");
        assertThat(sent.at("/CustomBlock/B001/GSPGroupEffectiveFromDate").asString()).isEqualTo("2026-12-10T00:00:00+00:00");
        assertAddress(sent.at("/CustomBlock/B022"), "SW1A 1AA", "1 Test Street", "London");
        assertThat(sent.path("CustomBlock").size()).isEqualTo(2);
        assertThat(history(mpan, "gsp_group_history", "gsp_group_id")).containsExactly("2024-03-01 _C", "2026-12-10 _D");
    }

    @Test
    void address_change_is_sent_with_the_gsp_group_date_held() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);

        HttpResponse<String> response = post(mpan, """
                {"event": "AddressChg", "effectiveFrom": "2026-12-05", "postcode": "E1 6AN",
                 "addressLines": ["2 New Road", "Whitechapel", "London"]}""", RegHttp.TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode sent = only(awaitSubmitted(mpan, 1), "IF-018", "[AddressChg]");
        assertCommon(sent, mpan, "_C");
        assertThat(sent.at("/CustomBlock/B001/GSPGroupEffectiveFromDate").asString()).isEqualTo("2024-03-01T00:00:00+00:00");
        assertAddress(sent.at("/CustomBlock/B022"), "E1 6AN", "2 New Road", "Whitechapel", "London");
        assertThat(history(mpan, "address_history", "postcode || ' ' || array_to_string(address_lines, '|')"))
                .containsExactly("2024-03-01 SW1A 1AA 1 Test Street|London", "2026-12-05 E1 6AN 2 New Road|Whitechapel|London");
    }

    @Test
    void duos_tariff_and_energy_direction_changes_carry_b024_and_b023() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);

        assertThat(post(mpan, """
                {"event": "DUOSTariffIDChg", "effectiveFrom": "2026-12-10", "duosTariffId": "AB1"}""",
                RegHttp.TOKEN).statusCode()).isEqualTo(200);
        JsonNode tariff = only(awaitSubmitted(mpan, 1), "IF-018", "[DUOSTariffIDChg]");
        assertCommon(tariff, mpan, "_C");
        assertThat(tariff.at("/CustomBlock/B024/DUOSTariffID").asString()).isEqualTo("AB1");
        assertThat(tariff.at("/CustomBlock/B024/DUOSTariffIDEffectiveFromDate").asString())
                .isEqualTo("2026-12-10T00:00:00+00:00");
        assertThat(history(mpan, "duos_tariff_history", "duos_tariff_id")).containsExactly("2024-03-01 DOM", "2026-12-10 AB1");

        assertThat(post(mpan, """
                {"event": "EnergyDirection", "effectiveFrom": "2026-12-11", "energyDirection": "E"}""",
                RegHttp.TOKEN).statusCode()).isEqualTo(200);
        JsonNode direction = only(awaitSubmitted(mpan, 2), "IF-018", "[EnergyDirection]");
        assertCommon(direction, mpan, "_C");
        JsonNode b023 = direction.at("/CustomBlock/B023");
        assertThat(b023.path("connectionTypeIndicator").asString()).isEqualTo("W");
        assertThat(b023.path("connectionTypeEffectiveFromDate").asString()).isEqualTo("2026-12-11T00:00:00+00:00");
        assertThat(b023.path("energyDirection").asString()).isEqualTo("E");
        assertThat(b023.path("meteredIndicator").asBoolean()).isTrue();
        assertThat(history(mpan, "connection_history", "connection_type || energy_direction || metered"))
                .containsExactly("2024-03-01 WItrue", "2026-12-11 WEtrue");
    }

    @Test
    void refuses_bad_requests_with_the_official_code_and_changes_nothing() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();

        assertRefused(post(mpan, """
                {"event": "GSPChg", "effectiveFrom": "2026-12-10", "gspGroupId": "_D"}""", null), 401, null,
                "token missing", "send an operator token (or a higher role's) as Authorization: Bearer <token> or in X-REG-Operator-Token");
        assertRefused(post("1200000000095", """
                {"event": "GSPChg", "effectiveFrom": "2026-12-10", "gspGroupId": "_C"}""", RegHttp.TOKEN), 400,
                "REG0000", "REG0000 - MPAN Invalid or does not exist",
                "MPAN core \"1200000000095\" has a wrong check digit: expected 4 found 5");
        String unknown = newMpan();
        assertRefused(post(unknown, """
                {"event": "GSPChg", "effectiveFrom": "2026-12-10", "gspGroupId": "_C"}""", RegHttp.TOKEN), 404,
                "REG0000", "REG0000 - MPAN Invalid or does not exist", "MPAN " + unknown + " is not registered");
        assertRefused(post(mpan, """
                {"event": "GSPChange", "effectiveFrom": "2026-12-10"}""", RegHttp.TOKEN), 400,
                "REG1157", "REG1157 - Invalid event code", "event \"GSPChange\" is not one of GSPChg, AddressChg, "
                        + "DUOSTariffIDChg, DomPremInd, EnergyDirection, MUMIndicator, DCCEnrolment");
        assertRefused(post(mpan, """
                {"event": "GSPChg", "effectiveFrom": "2026-12-10", "gspGroupId": "_D"}""", RegHttp.TOKEN), 422,
                "REG1110", "REG1110 - Invalid GSP group ID", "distributor 12 is in GSP group _C, not _D");
        assertRefused(post(mpan, """
                {"event": "GSPChg", "effectiveFrom": "2026-12-10", "gspGroupId": "_Z"}""", RegHttp.TOKEN), 400,
                "REG1110", "REG1110 - Invalid GSP group ID", "gspGroupId \"_Z\" is not a GSP group (_A … _P)");
        assertRefused(post(mpan, """
                {"event": "EnergyDirection", "effectiveFrom": "2026-12-10", "energyDirection": "X"}""", RegHttp.TOKEN),
                400, "REG1114", "REG1114 - Invalid energy direction", "energyDirection \"X\" is not I or E");
        assertRefused(post(mpan, """
                {"event": "DomPremInd", "effectiveFrom": "2026-12-10", "domesticPremise": "yes"}""", RegHttp.TOKEN),
                400, "REG1113", "REG1113 - Invalid domestic premise indicator", "domesticPremise must be true or false");
        assertRefused(post(mpan, """
                {"event": "MUMIndicator", "effectiveFrom": "2026-12-10"}""", RegHttp.TOKEN),
                400, "REG1128", "REG1128 - Invalid metered indicator", "metered must be true or false");
        assertRefused(post(mpan, """
                {"event": "DCCEnrolment", "effectiveFrom": "2026-12-10", "dccServiceFlag": "A", "metered": true}""",
                RegHttp.TOKEN), 400, "REG1107", "REG1107 - Data item not applicable to this event",
                "metered not applicable to DCCEnrolment (fields: dccServiceFlag, effectiveFrom, event)");
        assertRefused(post(mpan, """
                {"event": "DUOSTariffIDChg", "duosTariffId": "AB1"}""", RegHttp.TOKEN), 400,
                "REG1088", "REG1088 - Effective From Date Must be Provided", "effectiveFrom is missing");
        assertRefused(post(mpan, """
                {"event": "DUOSTariffIDChg", "effectiveFrom": "2024-02-29", "duosTariffId": "AB1"}""", RegHttp.TOKEN),
                422, "REG9011", "REG9011 - MHHS Registration Standing Data Invalid",
                "effectiveFrom 2024-02-29 is before the MPAN exists (2024-03-01)");
        assertRefused(post(mpan, """
                {"event": "DUOSTariffIDChg", "effectiveFrom": "2026-12-10", "duosTariffId": "ABCD"}""", RegHttp.TOKEN),
                400, "REG1168", "REG1168 - Invalid DUOS Tariff ID", "duosTariffId \"ABCD\" is not 1 to 3 letters or digits");

        assertThat(sentLog(mpan, mark)).isEmpty();
        assertThat(history(mpan, "gsp_group_history", "gsp_group_id")).containsExactly("2024-03-01 _C");
        assertThat(history(mpan, "connection_history", "connection_type || energy_direction || metered"))
                .containsExactly("2024-03-01 WItrue");
        assertThat(history(mpan, "domestic_premise_history", "domestic_premise")).containsExactly("2024-03-01 true");
        assertThat(history(mpan, "duos_tariff_history", "duos_tariff_id")).containsExactly("2024-03-01 DOM");
        assertThat(history(mpan, "dcc_enrolment_history", "dcc_service_flag")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mpan where mpan_core = ?", Long.class,
                Long.parseLong(unknown))).isZero();
    }

    private HttpResponse<String> post(String mpan, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/registration/v1/mpans/" + mpan + "/distributor-changes"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-REG-Operator-Token", token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertCommon(JsonNode sent, String mpan, String gspGroup) {
        JsonNode common = sent.path("CommonBlock");
        assertThat(common.at("/S0/interfaceID").asString()).isEqualTo("IF-018");
        assertThat(common.at("/S1/senderDIPID").asString()).isEqualTo(REGS);
        assertThat(common.at("/S1/senderRoleID").asString()).isEqualTo("REGS");
        assertThat(recipients(sent)).isEqualTo(FIVE);
        assertThat(common.at("/A0/secondaryRecipients")).isEmpty();
        assertThat(common.at("/M0/MPANCore").asString()).isEqualTo(mpan);
        assertThat(common.at("/M0/distributorDIPID").asString()).isEqualTo(LDSO);
        assertThat(common.at("/M0/GSPGroupID").asString()).isEqualTo(gspGroup);
        assertThat(common.has("R0")).isFalse();
    }

    private static void assertAddress(JsonNode b022, String postcode, String... lines) {
        assertThat(b022.path("meteringPointPostcode").asString()).isEqualTo(postcode);
        for (int i = 1; i <= 9; i++) {
            JsonNode line = b022.path("addressLine" + i);
            if (i <= lines.length) {
                assertThat(line.asString()).as("addressLine%d", i).isEqualTo(lines[i - 1]);
            } else {
                assertThat(line.isNull()).as("addressLine%d is null", i).isTrue();
            }
        }
    }

    private List<String> history(String mpan, String table, String value) {
        return jdbc.queryForList("select effective_from || ' ' || (" + value + ")::text from " + table
                + " where mpan_core = ? order by effective_from", String.class, Long.parseLong(mpan));
    }
}
