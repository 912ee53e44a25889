package uk.mhhs.vas.inputs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.kafka.TopicReader;
import uk.mhhs.vas.rules.GspGroupTakeCode;
import uk.mhhs.vas.rules.GspGroupTakeFiles;
import uk.mhhs.vas.rules.GspGroupTakeProblem;
import uk.mhhs.vas.rules.GspGroupTakeReport;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * GSP Group Take on the real database and broker, through the REST API and the Kafka topic. Files come from
 * {@link GspGroupTakeFiles}: group number g (_A = 1 .. _P = 14), period p takes 1000 g + p + 0.125 kWh, and the row of
 * g, p is on line 1 + (g − 1) × n + p. Each test has dates of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mhhs.vas.operator-token=" + GspGroupTakeTest.TOKEN)
@RealServers
class GspGroupTakeTest {

    static final String TOKEN = "gsp-group-take-test-token";
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The upload's answer, as a caller reads it. */
    record Uploaded(long versionId, LocalDate settlementDate, int version, int rows, BigDecimal totalKwh) {
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DipTopics topics;
    @Autowired
    GspGroupTakeStore store;

    @Test
    void a_complete_file_becomes_version_1_a_second_version_2_and_the_same_again_changes_nothing() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        HttpResponse<String> first = upload(GspGroupTakeFiles.csv(day, 48), TOKEN);

        // 14 × 48 = 672 rows; Σ (1000 g + p + 0.125) = 48 000 × 105 + 14 × 1176 + 672 × 0.125 = 5,056,548.000
        assertThat(first.statusCode()).isEqualTo(201);
        Uploaded v1 = JSON.readValue(first.body(), Uploaded.class);
        assertThat(v1).isEqualTo(new Uploaded(v1.versionId(), day, 1, 672, new BigDecimal("5056548.000")));
        assertThat(jdbc.queryForObject("select sum(kwh) from gsp_group_take where version_id = ?", BigDecimal.class,
                v1.versionId())).isEqualByComparingTo("5056548.000");

        // the CDCA corrects _A period 1 from 1001.125 to 1002.125: +1 kWh
        List<String> corrected = new ArrayList<>(GspGroupTakeFiles.lines(day, 48));
        corrected.set(1, day + ",_A,1,1002.125");
        HttpResponse<String> second = upload(GspGroupTakeFiles.csv(corrected), TOKEN);
        Uploaded v2 = JSON.readValue(second.body(), Uploaded.class);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.totalKwh()).isEqualByComparingTo("5056549.000");

        HttpResponse<String> again = upload(GspGroupTakeFiles.csv(corrected), TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readValue(again.body(), Uploaded.class)).isEqualTo(v2);
        assertThat(versions(day)).isEqualTo(2);
        assertThat(get("/vas/v1/gsp-group-take?settlementDate=" + day).body()).contains("\"version\":1")
                .contains("\"version\":2").contains("\"source\":\"UPLOAD\"");
        // a version comes back as the file it came from
        assertThat(get("/vas/v1/gsp-group-take/" + v2.versionId()).body()).isEqualTo(
                GspGroupTakeFiles.csv(corrected));
        assertThat(get("/vas/v1/gsp-group-take/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void two_files_of_a_date_arriving_together_become_versions_1_and_2() throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 24);
        List<String> other = new ArrayList<>(GspGroupTakeFiles.lines(day, 48));
        other.set(1, day + ",_A,1,7.000");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> store.receive(GspGroupTakeFiles.csv(day, 48), GspGroupTakeStore.Source.UPLOAD,
                    "a.csv"));
            var b = pool.submit(() -> store.receive(GspGroupTakeFiles.csv(other), GspGroupTakeStore.Source.UPLOAD,
                    "b.csv"));
            assertThat(List.of(a.get(), b.get())).allSatisfy(o -> assertThat(o)
                    .isInstanceOf(GspGroupTakeStore.Stored.class));
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForList("select version from gsp_group_take_version where settlement_date = ?"
                + " order by version", Integer.class, Date.valueOf(day))).containsExactly(1, 2);
    }

    @Test
    void clock_change_days_take_46_and_50_periods_and_48_on_the_long_day_names_49_and_50() {
        LocalDate spring = LocalDate.of(2026, 3, 29);
        LocalDate autumn = LocalDate.of(2026, 10, 25);

        HttpResponse<String> short48 = upload(GspGroupTakeFiles.csv(autumn, 48), TOKEN);
        assertThat(short48.statusCode()).isEqualTo(422);
        GspGroupTakeReport report = JSON.readValue(short48.body(), GspGroupTakeReport.class);
        assertThat(report.problems()).hasSize(14).allSatisfy(p -> assertThat(p.message())
                .contains("no rows for periods 49, 50 (2026-10-25 has periods 1..50)"));
        assertThat(versions(autumn)).isZero();

        HttpResponse<String> spring46 = upload(GspGroupTakeFiles.csv(spring, 46), TOKEN);
        HttpResponse<String> autumn50 = upload(GspGroupTakeFiles.csv(autumn, 50), TOKEN);
        assertThat(spring46.statusCode()).isEqualTo(201);
        assertThat(JSON.readValue(spring46.body(), Uploaded.class).rows()).isEqualTo(14 * 46);
        assertThat(autumn50.statusCode()).isEqualTo(201);
        assertThat(JSON.readValue(autumn50.body(), Uploaded.class).rows()).isEqualTo(14 * 50);
    }

    @Test
    void a_missing_group_a_duplicate_a_negative_and_an_out_of_range_value_are_refused_with_their_lines() {
        LocalDate day = LocalDate.of(2026, 11, 21);
        List<String> complete = GspGroupTakeFiles.lines(day, 48);
        List<String> noP = new ArrayList<>(complete.subList(0, 625)); // _P's rows are lines 626..673
        List<String> duplicate = new ArrayList<>(complete);
        duplicate.add(day + ",_C,3,1.000"); // line 674; _C period 3 first on line 1 + 2 × 48 + 3 = 100
        List<String> negative = new ArrayList<>(complete);
        negative.set(50, day + ",_B,2,-0.001"); // line 51 = _B period 2 (1 + 48 + 2)
        List<String> tooBig = new ArrayList<>(complete);
        tooBig.set(672, day + ",_P,48,10000000.001"); // line 673, above the default maximum 10,000,000

        assertRefused(noP, 422, 0, "gsp_group", GspGroupTakeCode.VAS012, "_P: no rows at all");
        assertRefused(duplicate, 422, 674, "gsp_group", GspGroupTakeCode.VAS010, "first given on line 100");
        assertRefused(negative, 422, 51, "gsp_group_take_kwh", GspGroupTakeCode.VAS008, "-0.001 kWh is below");
        assertRefused(tooBig, 422, 673, "gsp_group_take_kwh", GspGroupTakeCode.VAS009, "10000000.001 kWh is above");
        List<String> renamed = new ArrayList<>(complete);
        renamed.set(0, "date,group,period,kwh");
        assertRefused(renamed, 400, 1, "file", GspGroupTakeCode.VAS001, "the first line must be");
        assertThat(versions(day)).isZero();
    }

    @Test
    void a_wrong_or_missing_token_is_401_and_a_file_over_5_mb_is_413_and_nothing_is_stored() {
        LocalDate day = LocalDate.of(2026, 11, 23);

        assertThat(upload(GspGroupTakeFiles.csv(day, 48), "wrong").statusCode()).isEqualTo(401);
        assertThat(upload(GspGroupTakeFiles.csv(day, 48), null).statusCode()).isEqualTo(401);
        HttpResponse<String> huge = upload("x".repeat(GspGroupTakeApi.MAX_BYTES + 1), TOKEN);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(JSON.readValue(huge.body(), GspGroupTakeReport.class).problems().get(0).code())
                .isEqualTo(GspGroupTakeCode.VAS014);
        assertThat(versions(day)).isZero();
    }

    @Test
    void kafka_stores_a_good_file_once_however_often_delivered_and_refuses_a_bad_one_to_the_refused_topic() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        String topic = topics.prefix() + "cdca.gsp-group-take";
        String good = GspGroupTakeFiles.csv(day, 48);
        // _D is g = 4: period 10 takes 4010.125 on line 1 + 3 × 48 + 10 = 155; made negative
        String bad = good.replace(day + ",_D,10,4010.125", day + ",_D,10,-5.000");
        assertThat(bad).isNotEqualTo(good);

        try (TopicReader refused = TopicReader.fromNow(topic + ".refused")) {
            // one key, so one partition: the records are taken in the order sent
            TopicReader.send(topic, "cdca-" + day, good.getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(60)).until(() -> versions(day) == 1);
            TopicReader.send(topic, "cdca-" + day, good.getBytes(StandardCharsets.UTF_8));
            TopicReader.send(topic, "cdca-" + day, bad.getBytes(StandardCharsets.UTF_8));

            var record = refused.await(r -> ("cdca-" + day).equals(r.key()));
            GspGroupTakeListener.Refusal refusal = JSON.readValue(record.value(), GspGroupTakeListener.Refusal.class);
            assertThat(refusal.topic()).isEqualTo(topic);
            assertThat(refusal.report().problems()).containsExactly(new GspGroupTakeProblem(155,
                    "gsp_group_take_kwh", GspGroupTakeCode.VAS008, "-5.000 kWh is below the minimum 0 kWh"));
        }
        // the redelivered good file (taken before the bad one) made no second version
        assertThat(versions(day)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select source from gsp_group_take_version where settlement_date = ?",
                String.class, Date.valueOf(day))).isEqualTo("KAFKA");
        assertThat(jdbc.queryForObject("select count(*) from gsp_group_take t join gsp_group_take_version v"
                + " on v.id = t.version_id where v.settlement_date = ?", Integer.class, Date.valueOf(day)))
                .isEqualTo(672);
    }

    private void assertRefused(List<String> lines, int status, int line, String field, GspGroupTakeCode code,
                               String message) {
        HttpResponse<String> response = upload(GspGroupTakeFiles.csv(lines), TOKEN);
        assertThat(response.statusCode()).isEqualTo(status);
        GspGroupTakeReport report = JSON.readValue(response.body(), GspGroupTakeReport.class);
        assertThat(report.problems()).hasSize(1);
        GspGroupTakeProblem problem = report.problems().get(0);
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.field()).isEqualTo(field);
        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.message()).contains(message);
    }

    private int versions(LocalDate day) {
        return jdbc.queryForObject("select count(*) from gsp_group_take_version where settlement_date = ?",
                Integer.class, Date.valueOf(day));
    }

    private HttpResponse<String> upload(String csv, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/vas/v1/gsp-group-take?fileName=test.csv")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv));
        if (token != null) {
            request.header("X-VAS-Operator-Token", token);
        }
        return send(request.build());
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-VAS-Operator-Token", TOKEN).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
