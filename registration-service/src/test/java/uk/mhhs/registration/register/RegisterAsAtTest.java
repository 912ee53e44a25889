package uk.mhhs.registration.register;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import uk.mhhs.registration.RegHttp;
import uk.mhhs.testsupport.RealServers;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As-at reads on each side of effective dates. MPAN 1200000000094 is migrated with effective date 2024-03-01 and
 * supplier ALPH, MS MTRA, DS METD from 2024-04-01; then, as a change of supplier and of service would, BRVO and MTRB
 * from 2025-06-01, DS DATB from 2025-07-01, de-energised and Advanced from 2025-06-15.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(database = "registration")
class RegisterAsAtTest {

    static final String MPAN = "1200000000094";
    static final String FILE = "mpan_core,effective_from,gsp_group_id,connection_type,energy_direction,metered,"
            + "energisation_status,market_segment,domestic_premise,supplier_dip_id,supplier_mpid,supplier_effective_from,"
            + "ms_dip_id,ms_mpid,ms_effective_from,ms_scenario,ds_dip_id,ds_mpid,ds_effective_from,ds_scenario\n"
            + MPAN + ",2024-03-01,_C,W,I,T,E,S,T,1400000001,ALPH,2024-04-01,"
            + "1200000001,MTRA,2024-04-01,MCA,1100000001,METD,2024-04-01,MCA\n";

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    RegHttp http;

    @BeforeEach
    void setUp() throws Exception {
        http = new RegHttp("http://localhost:" + environment.getProperty("local.server.port"));
        if (jdbc.queryForObject("select count(*) from mpan where mpan_core = ?", Long.class, Long.parseLong(MPAN)) == 0) {
            HttpResponse<String> response = http.postCsv("/registration/v1/migrations",
                    HttpRequest.BodyPublishers.ofString(FILE), RegHttp.TOKEN);
            assertThat(RegHttp.json(response).path("loaded").asLong()).as(response.body()).isEqualTo(1);
            long key = Long.parseLong(MPAN);
            jdbc.update("insert into supplier_registration values (?, date '2025-06-01', '1400000002', 'BRVO')", key);
            jdbc.update("insert into appointment (mpan_core, service, effective_from, dip_id, mpid, scenario)"
                    + " values (?, 'MS', date '2025-06-01', '1200000002', 'MTRB', 'COS')", key);
            jdbc.update("insert into appointment (mpan_core, service, effective_from, dip_id, mpid, scenario)"
                    + " values (?, 'DS', date '2025-07-01', '1100000002', 'DATB', 'CSP')", key);
            jdbc.update("insert into energisation_history values (?, date '2025-06-15', 'D')", key);
            jdbc.update("insert into market_segment_history values (?, date '2025-06-15', 'A')", key);
        }
    }

    @Test
    void parties_change_on_their_effective_dates_and_not_a_day_before() throws Exception {
        assertThat(parties("2024-03-31")).isEqualTo("null/null/null");
        assertThat(parties("2024-04-01")).isEqualTo("ALPH 1400000001/MTRA 1200000001/METD 1100000001");
        assertThat(parties("2025-05-31")).isEqualTo("ALPH 1400000001/MTRA 1200000001/METD 1100000001");
        assertThat(parties("2025-06-01")).isEqualTo("BRVO 1400000002/MTRB 1200000002/METD 1100000001");
        assertThat(parties("2025-06-30")).isEqualTo("BRVO 1400000002/MTRB 1200000002/METD 1100000001");
        assertThat(parties("2025-07-01")).isEqualTo("BRVO 1400000002/MTRB 1200000002/DATB 1100000002");
    }

    @Test
    void parties_answer_carries_effective_dates_and_scenarios() throws Exception {
        JsonNode answer = http.getJson("/registration/v1/mpans/" + MPAN + "/parties?date=2025-06-10");

        assertThat(answer.path("mpanCore").asString()).isEqualTo(MPAN);
        assertThat(answer.path("supplier").path("effectiveFrom").asString()).isEqualTo("2025-06-01");
        assertThat(answer.path("meteringService").path("scenario").asString()).isEqualTo("COS");
        assertThat(answer.path("dataService").path("effectiveFrom").asString()).isEqualTo("2024-04-01");
        assertThat(answer.path("dataService").path("scenario").asString()).isEqualTo("MCA");
    }

    @Test
    void attributes_as_at_each_side_of_their_effective_date() throws Exception {
        JsonNode before = http.getJson("/registration/v1/mpans/" + MPAN + "?asAt=2025-06-14");
        JsonNode after = http.getJson("/registration/v1/mpans/" + MPAN + "?asAt=2025-06-15");
        JsonNode beforeCreation = http.getJson("/registration/v1/mpans/" + MPAN + "?asAt=2024-02-29");

        assertThat(before.path("energisationStatus").path("value").asString()).isEqualTo("E");
        assertThat(before.path("energisationStatus").path("effectiveFrom").asString()).isEqualTo("2024-03-01");
        assertThat(before.path("marketSegment").path("value").asString()).isEqualTo("S");
        assertThat(after.path("energisationStatus").path("value").asString()).isEqualTo("D");
        assertThat(after.path("energisationStatus").path("effectiveFrom").asString()).isEqualTo("2025-06-15");
        assertThat(after.path("marketSegment").path("value").asString()).isEqualTo("A");
        assertThat(after.path("gspGroupId").path("value").asString()).isEqualTo("_C");
        assertThat(after.path("distributorId").asInt()).isEqualTo(12);
        assertThat(after.path("parties").path("supplier").path("mpid").asString()).isEqualTo("BRVO");
        assertThat(beforeCreation.path("gspGroupId").isNull()).isTrue();
        assertThat(beforeCreation.path("parties").path("supplier").isNull()).isTrue();
    }

    @Test
    void wrong_check_digit_is_REG0000_and_changes_nothing() throws Exception {
        long mpans = jdbc.queryForObject("select count(*) from mpan", Long.class);

        HttpResponse<String> parties = http.get("/registration/v1/mpans/1200000000095/parties?date=2025-01-01");
        HttpResponse<String> whole = http.get("/registration/v1/mpans/1200000000095");
        HttpResponse<String> imported = http.postCsv("/registration/v1/migrations", HttpRequest.BodyPublishers.ofString(
                FILE.replace(MPAN, "1200000000095")), RegHttp.TOKEN);

        assertThat(parties.statusCode()).isEqualTo(400);
        assertThat(RegHttp.json(parties).path("code").asString()).isEqualTo("REG0000");
        assertThat(RegHttp.json(parties).path("message").asString()).isEqualTo("REG0000 - MPAN Invalid or does not exist");
        assertThat(RegHttp.json(parties).path("reason").asString())
                .isEqualTo("MPAN core \"1200000000095\" has a wrong check digit: expected 4 found 5");
        assertThat(whole.statusCode()).isEqualTo(400);
        assertThat(RegHttp.json(imported).path("rejections").get(0).path("code").asString()).isEqualTo("REG0000");
        assertThat(RegHttp.json(imported).path("loaded").asLong()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mpan", Long.class)).isEqualTo(mpans);
    }

    @Test
    void unregistered_mpan_is_404_REG0000() throws Exception {
        HttpResponse<String> response = http.get("/registration/v1/mpans/1200000000777/parties");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(RegHttp.json(response).path("code").asString()).isEqualTo("REG0000");
    }

    private String parties(String date) throws Exception {
        JsonNode p = http.getJson("/registration/v1/mpans/" + MPAN + "/parties?date=" + date);
        return party(p.path("supplier")) + "/" + party(p.path("meteringService")) + "/" + party(p.path("dataService"));
    }

    private static String party(JsonNode party) {
        return party.isNull() || party.isMissingNode() ? "null" : party.path("mpid").asString() + " "
                + party.path("dipId").asString();
    }
}
