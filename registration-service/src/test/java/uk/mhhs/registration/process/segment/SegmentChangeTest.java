package uk.mhhs.registration.process.segment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.registration.RegHttp;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.ProcessTestBase;
import uk.mhhs.registration.process.appointment.Appointments;
import uk.mhhs.registration.process.ldso.ChangeRequest;
import uk.mhhs.registration.reference.ReferenceData;
import uk.mhhs.registration.register.RegisterLookup;
import uk.mhhs.registration.register.RegisterWriter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.registration.process.ldso.DistributorChangeTestSupport.assertRefused;

/**
 * Segment and connection type changes. {@link #givenSmartMpan}: segment S and connection W/I/metered from
 * 2024-03-01, supplier ALPH, MS MTRA and DS METD from 2024-04-01, LDSO 2300000004, GSP group _C. The shared test
 * configuration has no DCC DIP ID, so IF-043 is tested on an instance built with one (9900000099).
 */
class SegmentChangeTest extends ProcessTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    RegisterLookup lookup;
    @Autowired
    RegisterWriter writer;
    @Autowired
    MpanBlocks blocks;
    @Autowired
    Outbound outbound;
    @Autowired
    ReferenceData reference;
    @Autowired
    Appointments appointments;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void segment_change_sends_if044_and_makes_the_accepted_seg_appointment_effective() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        Long request = jdbc.queryForObject("""
                insert into appointment_request (mpan_core, service, scenario, requesting_dip_id, requesting_mpid,
                                                 proposed_dip_id, proposed_mpid, effective_from, custom_block, status,
                                                 received_transaction_id)
                values (?, 'MS', 'SEG', ?, 'ALPH', ?, 'MTRC', date '2026-12-10', '{}'::jsonb, 'ACCEPTED', 'T-SEG')
                returning id""", Long.class, Long.parseLong(mpan), ALPH, MTRC);
        long mark = logMark();

        HttpResponse<String> response = post(mpan, """
                {"marketSegment": "A", "connectionType": null, "effectiveFrom": "2026-12-10"}""", RegHttp.TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = RegHttp.json(response);
        assertThat(answer.path("mpanCore").asString()).isEqualTo(mpan);
        assertThat(answer.path("effectiveFrom").asString()).isEqualTo("2026-12-10");
        assertThat(answer.path("marketSegment").asString()).isEqualTo("A");
        assertThat(answer.path("connectionType").asString()).isEqualTo("W");
        assertThat(answer.path("sent").valueStream().map(JsonNode::asString).toList())
                .containsExactly("IF-044 [MarketSegmentChange]");
        assertThat(answer.path("activatedRequests").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(request);
        assertThat(sentLog(mpan, mark)).containsExactly("IF-044 [MarketSegmentChange]", "IF-036 [MSAppActive]",
                "IF-037 [MSDeApp]");

        List<JsonNode> sent = awaitSubmitted(mpan, 3);
        JsonNode segment = only(sent, "IF-044", "[MarketSegmentChange]");
        assertCommon(segment, "IF-044", mpan, Set.of(ALPH, MDS, LDSO));
        assertThat(segment.path("CustomBlock").size()).isEqualTo(2);
        assertThat(segment.at("/CustomBlock/B026/marketSegmentIndicator").asString()).isEqualTo("A");
        assertThat(segment.at("/CustomBlock/B026/marketSegmentIndicatorEffectiveFromDate").asString())
                .isEqualTo("2026-12-10T00:00:00+00:00");
        assertB023(segment.at("/CustomBlock/B023"), "W", "2024-03-01T00:00:00+00:00");

        // IF-036 and IF-037 are the appointment process's messages (tested in full there): here, that the SEG
        // appointment became effective on the change date and the old MS was told why (CSEGM)
        JsonNode active = only(sent, "IF-036", "[MSAppActive]");
        assertCommon(active, "IF-036", mpan, Set.of(ALPH, METD, MTRC, LDSO, MDS));
        assertThat(active.at("/CustomBlock/B014/incomingMeteringServiceDIPID").asString()).isEqualTo(MTRC);
        assertThat(active.at("/CustomBlock/B014/incomingMeteringServiceMPID").asString()).isEqualTo("MTRC");
        assertThat(active.at("/CustomBlock/B014/incomingMeteringServiceEffectiveFromDate").asString())
                .isEqualTo("2026-12-10T00:00:00+00:00");
        assertThat(active.at("/CustomBlock/B014/appointmentScenario").asString()).isEqualTo("SEG");
        assertThat(active.at("/CustomBlock/B026/marketSegmentIndicator").asString()).isEqualTo("A");
        JsonNode ended = only(sent, "IF-037", "[MSDeApp]");
        assertCommon(ended, "IF-037", mpan, Set.of(MTRA, ALPH, LDSO, MDS));
        assertThat(ended.at("/CustomBlock/B008/deAppointedMeteringServiceDIPID").asString()).isEqualTo(MTRA);
        assertThat(ended.at("/CustomBlock/B008/meteringServiceEffectiveFromDate").asString())
                .isEqualTo("2024-04-01T00:00:00+01:00");
        assertThat(ended.at("/CustomBlock/B008/meteringServiceEffectiveToDate").asString())
                .isEqualTo("2026-12-09T00:00:00+00:00");
        assertThat(ended.at("/CustomBlock/B008/deAppointmentReasonCode").asString()).isEqualTo("CSEGM");
        assertThat(ended.at("/CustomBlock/B010/incomingMeteringServiceDIPID").asString()).isEqualTo(MTRC);

        assertThat(history(mpan, "market_segment_history", "market_segment")).containsExactly("2024-03-01 S", "2026-12-10 A");
        assertThat(history(mpan, "connection_history", "connection_type")).containsExactly("2024-03-01 W");
        assertThat(jdbc.queryForList("select effective_from || ' ' || dip_id || ' ' || scenario from appointment"
                + " where mpan_core = ? and service = 'MS' order by effective_from", String.class, Long.parseLong(mpan)))
                .containsExactly("2024-04-01 1200000001 MCA", "2026-12-10 1200000003 SEG");
        assertThat(jdbc.queryForObject("select status from appointment_request where id = ?", String.class, request))
                .isEqualTo("ACTIVE");
    }

    @Test
    void connection_type_change_sends_if043_to_the_dcc_when_one_is_configured() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();
        SegmentChanges withDcc = new SegmentChanges(lookup, writer, blocks, outbound, reference, appointments,
                "9900000099");

        SegmentChanges.Done done = transaction.execute(status -> withDcc.apply(mpan, ChangeRequest.parse("""
                {"connectionType": "L", "effectiveFrom": "2026-12-10"}""")));

        assertThat(done).isEqualTo(new SegmentChanges.Done(mpan, TODAY.plusDays(9), "S", "L",
                List.of("IF-043 [ConnectionTypeChange]"), List.of()));
        assertThat(sentLog(mpan, mark)).containsExactly("IF-043 [ConnectionTypeChange]");
        JsonNode sent = only(awaitSubmitted(mpan, 1), "IF-043", "[ConnectionTypeChange]");
        assertCommon(sent, "IF-043", mpan, Set.of("9900000099"));
        assertThat(sent.path("CustomBlock").size()).isEqualTo(1);
        assertB023(sent.at("/CustomBlock/B023"), "L", "2026-12-10T00:00:00+00:00");
        assertThat(history(mpan, "connection_history", "connection_type || energy_direction || metered"))
                .containsExactly("2024-03-01 WItrue", "2026-12-10 LItrue");
    }

    @Test
    void connection_type_change_without_a_dcc_is_recorded_and_sends_nothing() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();

        HttpResponse<String> response = post(mpan, """
                {"connectionType": "L", "effectiveFrom": "2026-12-10"}""", RegHttp.TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(RegHttp.json(response).path("sent")).isEmpty();
        assertThat(sentLog(mpan, mark)).isEmpty();
        assertThat(history(mpan, "connection_history", "connection_type")).containsExactly("2024-03-01 W", "2026-12-10 L");
    }

    @Test
    void refuses_bad_segment_changes_and_changes_nothing() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();

        assertRefused(post(mpan, """
                {"marketSegment": "A", "effectiveFrom": "2026-12-10"}""", "wrong"), 401, null,
                "token unknown", "send an operator token (or a higher role's) as Authorization: Bearer <token> or in X-REG-Operator-Token");
        assertRefused(post(mpan, """
                {"marketSegment": "X", "effectiveFrom": "2026-12-10"}""", RegHttp.TOKEN), 400,
                "REG1111", "REG1111 - Invalid market segment", "marketSegment \"X\" is not S, A or U");
        assertRefused(post(mpan, """
                {"connectionType": "Q", "effectiveFrom": "2026-12-10"}""", RegHttp.TOKEN), 400,
                "REG1116", "REG1116 - Invalid connection type indicator", "connectionType \"Q\" is not W, L, H, E or U");
        assertRefused(post(mpan, """
                {"marketSegment": "S", "connectionType": "W", "effectiveFrom": "2026-12-10"}""", RegHttp.TOKEN), 422,
                "REG1022", "REG1022 - Proposed Data Item Value is invalid",
                "on 2026-12-10 the market segment is already S and the connection type W");
        assertRefused(post(mpan, """
                {"effectiveFrom": "2026-12-10"}""", RegHttp.TOKEN), 400,
                "REG9011", "REG9011 - MHHS Registration Standing Data Invalid",
                "neither marketSegment nor connectionType is given");

        assertThat(sentLog(mpan, mark)).isEmpty();
        assertThat(history(mpan, "market_segment_history", "market_segment")).containsExactly("2024-03-01 S");
        assertThat(history(mpan, "connection_history", "connection_type")).containsExactly("2024-03-01 W");
    }

    private HttpResponse<String> post(String mpan, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/registration/v1/mpans/" + mpan + "/segment-changes"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-REG-Operator-Token", token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertCommon(JsonNode sent, String interfaceId, String mpan, Set<String> to) {
        JsonNode common = sent.path("CommonBlock");
        assertThat(common.at("/S0/interfaceID").asString()).isEqualTo(interfaceId);
        assertThat(common.at("/S1/senderDIPID").asString()).isEqualTo(REGS);
        assertThat(common.at("/S1/senderRoleID").asString()).isEqualTo("REGS");
        assertThat(recipients(sent)).isEqualTo(to);
        assertThat(common.at("/M0/MPANCore").asString()).isEqualTo(mpan);
        assertThat(common.at("/M0/distributorDIPID").asString()).isEqualTo(LDSO);
        assertThat(common.at("/M0/GSPGroupID").asString()).isEqualTo("_C");
        assertThat(common.has("R0")).isFalse();
    }

    private static void assertB023(JsonNode b023, String type, String from) {
        assertThat(b023.path("connectionTypeIndicator").asString()).isEqualTo(type);
        assertThat(b023.path("connectionTypeEffectiveFromDate").asString()).isEqualTo(from);
        assertThat(b023.path("energyDirection").asString()).isEqualTo("I");
        assertThat(b023.path("meteredIndicator").asBoolean()).isTrue();
    }

    private List<String> history(String mpan, String table, String value) {
        return jdbc.queryForList("select effective_from || ' ' || (" + value + ")::text from " + table
                + " where mpan_core = ? order by effective_from", String.class, Long.parseLong(mpan));
    }
}
