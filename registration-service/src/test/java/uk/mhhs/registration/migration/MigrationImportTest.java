package uk.mhhs.registration.migration;

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk migration import against a real PostgreSQL; expected figures in src/test/resources/migration/README.md. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(database = "registration")
class MigrationImportTest {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    RegHttp http;

    @BeforeEach
    void setUp() {
        http = new RegHttp("http://localhost:" + environment.getProperty("local.server.port"));
    }

    @Test
    void loads_good_rows_reports_each_bad_row_and_a_rerun_changes_nothing() throws Exception {
        Path file = Path.of(getClass().getResource("/migration/good-and-bad.csv").toURI());

        JsonNode first = http.importFile(file);

        assertThat(first.path("rowsRead").asLong()).isEqualTo(9);
        assertThat(first.path("loaded").asLong()).isEqualTo(4);
        assertThat(first.path("alreadyRegistered").asLong()).isEqualTo(0);
        assertThat(first.path("rejected").asLong()).isEqualTo(5);
        List<String> expectedProblems = List.of(
                "3 mpan_core REG0000", "5 gsp_group_id REG1110", "5 supplier_mpid REG1091", "7 mpan_core REG1059",
                "8 mpan_core REG1092", "9 effective_from REG9011", "9 ms_scenario REG1104");
        assertThat(problems(first.path("rejections"))).containsExactlyElementsOf(expectedProblems);
        assertThat(first.path("rejections").get(0).path("reason").asString())
                .isEqualTo("MPAN core \"1200000000012\" has a wrong check digit: expected 1 found 2");
        assertThat(registered(List.of("1200000000011", "1200000000012", "1200000000020", "1200000000030",
                "1200000000049", "1200000000058", "2300000000019", "500000000012")))
                .containsExactly(1200000000011L, 1200000000020L, 1200000000049L, 2300000000019L);
        JsonNode stored = getWithToken(first.path("id").asLong());
        assertThat(problems(stored)).containsExactlyElementsOf(expectedProblems);
        JsonNode loaded = http.getJson("/registration/v1/mpans/1200000000011?asAt=2025-02-01");
        assertThat(loaded.path("address").path("value").path("lines").get(1).asString()).isEqualTo("London");
        assertThat(loaded.path("annualConsumption").path("value").path("kwh").decimalValue()).isEqualByComparingTo("3100.5");
        assertThat(loaded.path("parties").path("dataService").path("mpid").asString()).isEqualTo("METD");

        String before = fingerprint();
        JsonNode again = http.importFile(file);

        assertThat(again.path("loaded").asLong()).isEqualTo(0);
        assertThat(again.path("alreadyRegistered").asLong()).isEqualTo(4);
        assertThat(again.path("rejected").asLong()).isEqualTo(5);
        assertThat(problems(again.path("rejections"))).containsExactlyElementsOf(expectedProblems);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void refuses_an_import_without_the_operator_token() throws Exception {
        HttpResponse<String> response = http.postCsv("/registration/v1/migrations",
                HttpRequest.BodyPublishers.ofString("mpan_core\n"), "wrong");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void rejects_a_file_whose_header_lacks_required_columns() throws Exception {
        HttpResponse<String> response = http.postCsv("/registration/v1/migrations",
                HttpRequest.BodyPublishers.ofString("mpan_core,effective_from\n1200000000777,2024-01-01\n"), RegHttp.TOKEN);

        JsonNode report = RegHttp.json(response);
        assertThat(report.path("loaded").asLong()).isEqualTo(0);
        assertThat(report.path("rejections").get(0).path("code").asString()).isEqualTo("REG9011");
        assertThat(report.path("rejections").get(0).path("reason").asString()).startsWith("required column(s) missing: ")
                .contains("gsp_group_id", "supplier_mpid");
    }

    private JsonNode getWithToken(long id) throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        java.net.URI.create(http.baseUrl() + "/registration/v1/migrations/" + id + "/rejections"))
                .header("X-REG-Operator-Token", RegHttp.TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return RegHttp.json(response);
    }

    private List<Long> registered(List<String> mpans) {
        return jdbc.queryForList("select mpan_core from mpan where mpan_core = any (?::bigint[]) order by mpan_core",
                Long.class, "{" + String.join(",", mpans) + "}");
    }

    /** Every register table's rows, hashed: equal fingerprints mean nothing changed. */
    private String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("mpan", "gsp_group_history", "address_history", "connection_history",
                "duos_tariff_history", "energisation_history", "market_segment_history", "annual_consumption_history",
                "domestic_premise_history", "dcc_enrolment_history", "smso_history", "profile_history",
                "consent_granularity_history", "supplier_registration", "appointment")) {
            all.append(table).append(jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, ','"
                    + " order by t::text)), '') from " + table + " t", String.class)).append('\n');
        }
        return all.toString();
    }

    private static List<String> problems(JsonNode rejections) {
        List<String> problems = new ArrayList<>();
        rejections.forEach(p -> problems.add(p.path("row").asLong() + " " + p.path("column").asString() + " "
                + p.path("code").asString()));
        return problems;
    }
}
