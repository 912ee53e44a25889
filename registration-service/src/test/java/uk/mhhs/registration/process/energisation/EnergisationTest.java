package uk.mhhs.registration.process.energisation;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.registration.RegHttp;
import uk.mhhs.registration.process.ProcessTestBase;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IF-007 → IF-008 on the standard smart MPAN (energised from 2024-03-01, MS MTRA, DS METD, supplier ALPH from
 * 2024-04-01, LDSO 2300000004, GSP group _C); today 2026-12-01.
 */
class EnergisationTest extends ProcessTestBase {

    @LocalServerPort
    int port;

    @Test
    void the_appointed_ms_de_energises_and_everyone_is_told() throws Exception {
        String mpan = newMpan();
        givenSmartMpan(mpan);

        String tx = receive("IF-007", "[EnergisationStatusChange]", MTRA, "MSS", mpan,
                b025("D", "2026-11-30T00:00:00+00:00"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        JsonNode if008 = only(awaitSubmitted(mpan, 1), "IF-008", "[EnergisationStatusChange]");
        assertThat(recipients(if008)).isEqualTo(Set.of(MTRA, METD, ALPH, LDSO, MDS));
        assertM0(if008, mpan);
        assertThat(if008.path("CommonBlock").path("R0").path("responseCode").asString()).isEqualTo("A");
        assertThat(if008.path("CommonBlock").path("R0").path("responseMessages").size()).isZero();
        assertB025(if008, "D", "2026-11-30T00:00:00+00:00");
        JsonNode before = register(mpan, "2026-11-29");
        assertThat(before.path("energisationStatus").path("value").asString()).isEqualTo("E");
        assertThat(before.path("energisationStatus").path("effectiveFrom").asString()).isEqualTo("2024-03-01");
        JsonNode after = register(mpan, "2026-11-30");
        assertThat(after.path("energisationStatus").path("value").asString()).isEqualTo("D");
        assertThat(after.path("energisationStatus").path("effectiveFrom").asString()).isEqualTo("2026-11-30");
    }

    @Test
    void a_repeated_change_restates_the_same_row_and_is_notified_again() {
        String mpan = newMpan();
        givenSmartMpan(mpan);

        String first = receive("IF-007", "[EnergisationStatusChange]", MTRA, "MSS", mpan,
                b025("D", "2026-11-30T00:00:00+00:00"));
        assertThat(awaitProcessed(first)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        String again = receive("IF-007", "[EnergisationStatusChange]", MTRA, "MSS", mpan,
                b025("D", "2026-11-30T00:00:00+00:00"));

        assertThat(awaitProcessed(again)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        List<JsonNode> sent = awaitSubmitted(mpan, 2);
        assertThat(sent).hasSize(2);
        for (JsonNode if008 : sent) {
            assertThat(if008.path("CommonBlock").path("S0").path("eventCode").asString())
                    .isEqualTo("[EnergisationStatusChange]");
            assertThat(recipients(if008)).isEqualTo(Set.of(MTRA, METD, ALPH, LDSO, MDS));
            assertThat(if008.path("CommonBlock").path("R0").path("responseCode").asString()).isEqualTo("A");
            assertB025(if008, "D", "2026-11-30T00:00:00+00:00");
        }
        assertThat(history(mpan)).containsExactly("2024-03-01 E", "2026-11-30 D");
    }

    @Test
    void rejects_REG1002_when_the_sender_is_not_the_appointed_ms() {
        String mpan = newMpan();
        givenSmartMpan(mpan);

        String tx = receive("IF-007", "[EnergisationStatusChange]", MTRB, "MSS", mpan,
                b025("D", "2026-11-30T00:00:00+00:00"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of("REG1002")));
        assertRejection(awaitSubmitted(mpan, 1), MTRB, mpan,
                "REG1002 - No Valid Appointment held by Metering Service on Relevant Date", "D",
                "2026-11-30T00:00:00+00:00");
        assertThat(history(mpan)).containsExactly("2024-03-01 E");
    }

    @Test
    void rejects_REG1019_when_the_date_is_before_the_senders_appointment() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        jdbc.update("insert into appointment (mpan_core, service, effective_from, dip_id, mpid, scenario)"
                + " values (?, 'MS', date '2026-11-01', ?, 'MTRB', 'CSP')", Long.parseLong(mpan), MTRB);

        String tx = receive("IF-007", "[EnergisationStatusChange]", MTRB, "MSS", mpan,
                b025("D", "2026-10-15T00:00:00+01:00"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of("REG1019")));
        assertRejection(awaitSubmitted(mpan, 1), MTRB, mpan,
                "REG1019 - Event should be within Requesting Parties period of Responsibility", "D",
                "2026-10-15T00:00:00+01:00");
        assertThat(history(mpan)).containsExactly("2024-03-01 E");
    }

    @Test
    void rejects_REG1020_for_a_change_in_the_future() {
        String mpan = newMpan();
        givenSmartMpan(mpan);

        String tx = receive("IF-007", "[EnergisationStatusChange]", MTRA, "MSS", mpan,
                b025("D", "2026-12-02T00:00:00+00:00"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of("REG1020")));
        assertRejection(awaitSubmitted(mpan, 1), MTRA, mpan, "REG1020 - Event cannot take place in the future", "D",
                "2026-12-02T00:00:00+00:00");
        assertThat(history(mpan)).containsExactly("2024-03-01 E");
    }

    @Test
    void rejects_REG1022_for_the_status_already_held_from_an_earlier_date() {
        String mpan = newMpan();
        givenSmartMpan(mpan);

        String tx = receive("IF-007", "[EnergisationStatusChange]", MTRA, "MSS", mpan,
                b025("E", "2026-11-30T00:00:00+00:00"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of("REG1022")));
        assertRejection(awaitSubmitted(mpan, 1), MTRA, mpan, "REG1022 - Proposed Data Item Value is invalid", "E",
                "2026-11-30T00:00:00+00:00");
        assertThat(history(mpan)).containsExactly("2024-03-01 E");
    }

    @Test
    void rejects_REG0000_for_a_wrong_check_digit_and_echoes_the_senders_m0() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        String wrong = mpan.substring(0, 12) + (char) ('0' + (mpan.charAt(12) - '0' + 1) % 10);

        String tx = receive("IF-007", "[EnergisationStatusChange]", MTRA, "MSS", wrong,
                b025("D", "2026-11-30T00:00:00+00:00"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of("REG0000")));
        assertRejection(awaitSubmitted(wrong, 1), MTRA, wrong, "REG0000 - MPAN Invalid or does not exist", "D",
                "2026-11-30T00:00:00+00:00");
        assertThat(history(mpan)).containsExactly("2024-03-01 E");
        assertThat(jdbc.queryForObject("select count(*) from energisation_history where mpan_core = ?", Long.class,
                Long.parseLong(wrong))).isZero();
    }

    @Test
    void a_failure_notice_is_accepted_and_changes_nothing() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();
        ObjectNode custom = object();
        ObjectNode b040 = custom.putObject("B040");
        b040.put("failureEnergiseDeEnergiseReasonCode", "01");
        b040.putNull("siteVisitCheckCode");
        b040.putNull("natureofMaintenanceEnergisationStatus");
        b040.put("additionalInformationSiteVisit", "no access");

        String tx = receive("IF-007", "[EnergisationStatusFailure]", MTRA, "MSS", mpan, custom);

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        assertThat(sentLog(mpan, mark)).isEmpty();
        assertThat(history(mpan)).containsExactly("2024-03-01 E");
    }

    private static ObjectNode b025(String status, String from) {
        ObjectNode custom = object();
        ObjectNode b025 = custom.putObject("B025");
        b025.put("energisationStatus", status);
        b025.put("energisationStatusEffectiveFromDate", from);
        return custom;
    }

    private static void assertRejection(List<JsonNode> sent, String sender, String mpan, String message,
                                        String status, String from) {
        JsonNode if008 = only(sent, "IF-008", "[EnergisationStatusChange]");
        assertThat(recipients(if008)).isEqualTo(Set.of(sender));
        assertM0(if008, mpan);
        assertThat(if008.path("CommonBlock").path("R0").path("responseCode").asString()).isEqualTo("R");
        assertThat(if008.path("CommonBlock").path("R0").path("responseMessages").size()).isEqualTo(1);
        assertThat(if008.path("CommonBlock").path("R0").path("responseMessages").get(0).asString()).isEqualTo(message);
        assertB025(if008, status, from);
    }

    private static void assertM0(JsonNode message, String mpan) {
        JsonNode m0 = message.path("CommonBlock").path("M0");
        assertThat(m0.path("MPANCore").asString()).isEqualTo(mpan);
        assertThat(m0.path("distributorDIPID").asString()).isEqualTo(LDSO);
        assertThat(m0.path("GSPGroupID").asString()).isEqualTo("_C");
    }

    private static void assertB025(JsonNode message, String status, String from) {
        JsonNode b025 = message.path("CustomBlock").path("B025");
        assertThat(b025.path("energisationStatus").asString()).isEqualTo(status);
        assertThat(b025.path("energisationStatusEffectiveFromDate").asString()).isEqualTo(from);
        assertThat(message.path("CustomBlock").properties()).hasSize(1);
    }

    private List<String> history(String mpan) {
        return jdbc.queryForList("select effective_from || ' ' || energisation_status from energisation_history"
                + " where mpan_core = ? order by effective_from", String.class, Long.parseLong(mpan));
    }

    private JsonNode register(String mpan, String asAt) throws Exception {
        return new RegHttp("http://localhost:" + port).getJson("/registration/v1/mpans/" + mpan + "?asAt=" + asAt);
    }
}
