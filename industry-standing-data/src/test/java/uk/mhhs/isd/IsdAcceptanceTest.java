package uk.mhhs.isd;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.common.validation.ValidationResult;
import uk.mhhs.dipclient.isd.IsdSnapshot;
import uk.mhhs.dipclient.isd.IsdSnapshotCache;
import uk.mhhs.isd.distribution.PublishingDueVersions;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.TestKafka;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The acceptance tests against a real PostgreSQL and Kafka. Tests share one database (and Spring
 * context) with the other integration tests, so each works on keys of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(database = "isd")
class IsdAcceptanceTest {

    private static final String CCC_HEADER = "ccc_id,measurement_quantity_id,market_segment,domestic_premise,"
            + "connection_type,component_indicator,data_origin,scaling_weight\n";

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublishingDueVersions publishing;

    IsdHttp http;
    String prefix;

    @BeforeEach
    void setUp() {
        http = new IsdHttp("http://localhost:" + environment.getProperty("local.server.port"));
        prefix = environment.getProperty("mhhs.dip.topic-prefix");
    }

    @Test
    void as_at_queries_across_two_versions_answer_each_side_of_the_effective_date() throws Exception {
        int first = http.importAccepted("CCC 901 added", "2024-01-01",
                Map.of("consumption-component-class.csv", CCC_HEADER + "901,AI,S,T,W,C,A,1.0000\n"));
        int second = http.importAccepted("CCC 901 reweighted", "2026-04-01",
                Map.of("consumption-component-class.csv", CCC_HEADER + "901,AI,S,T,W,C,A,0.2500\n"));

        JsonNode before = http.getJson("/isd/v1/consumption-component-class?ccc_id=901&asAt=2026-03-31&version=" + second);
        JsonNode after = http.getJson("/isd/v1/consumption-component-class?ccc_id=901&asAt=2026-04-01&version=" + second);
        JsonNode knownInFirst = http.getJson("/isd/v1/consumption-component-class?ccc_id=901&asAt=2026-04-01&version=" + first);
        JsonNode beforeAnyVersion = http.getJson("/isd/v1/consumption-component-class?ccc_id=901&asAt=2023-12-31&version=" + second);

        assertThat(before).hasSize(1);
        assertThat(before.get(0).path("scaling_weight").decimalValue()).isEqualByComparingTo("1.0");
        assertThat(before.get(0).path("version").asInt()).isEqualTo(first);
        assertThat(after.get(0).path("scaling_weight").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(after.get(0).path("version").asInt()).isEqualTo(second);
        assertThat(after.get(0).path("effective_from").asString()).isEqualTo("2026-04-01");
        assertThat(knownInFirst.get(0).path("scaling_weight").decimalValue()).isEqualByComparingTo("1.0");
        assertThat(beforeAnyVersion).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from isd.consumption_component_class where ccc_id = 901",
                Integer.class)).as("history kept").isEqualTo(2);
    }

    @Test
    void an_import_with_one_bad_row_changes_nothing_and_reports_that_row() throws Exception {
        Integer versionsBefore = jdbc.queryForObject("select count(*) from isd.isd_version", Integer.class);
        Map<String, String> files = Map.of(
                "market-participant.csv", "mpid,market_role,dip_role,dip_id,participant_name\n"
                        + "KILO,X,SUP,1400000099,Kilo Energy\n",
                "supplier-bm-unit.csv", "bm_unit_id,supplier_mpid,gsp_group_id,base_bm_unit\n"
                        + "2__AKILO000,KILO,_A,T\n"
                        + "2__BKILO000,KILO,_B,maybe\n"
                        + "2__CKILO000,KILO,_C,T\n");

        HttpResponse<String> unauthorised = http.importVersion(null, "Kilo joins", "2026-05-01", files);
        HttpResponse<String> response = http.importVersion(IsdHttp.TOKEN, "Kilo joins", "2026-05-01", files);

        assertThat(unauthorised.statusCode()).isEqualTo(401);
        assertThat(unauthorised.body()).contains("ISD0014");
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problems = JsonMapper.shared().readTree(response.body()).path("problems");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path("file").asString()).isEqualTo("supplier-bm-unit.csv");
        assertThat(problems.get(0).path("row").asInt()).as("line 3: header is line 1").isEqualTo(3);
        assertThat(problems.get(0).path("column").asString()).isEqualTo("base_bm_unit");
        assertThat(problems.get(0).path("code").asString()).isEqualTo("ISD0004");
        assertThat(problems.get(0).path("reason").asString()).contains("maybe");
        assertThat(jdbc.queryForObject("select count(*) from isd.isd_version", Integer.class)).isEqualTo(versionsBefore);
        assertThat(jdbc.queryForObject("select count(*) from isd.market_participant where mpid = 'KILO'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from isd.supplier_bm_unit where supplier_mpid = 'KILO'",
                Integer.class)).isZero();
    }

    @Test
    void reports_references_overlaps_and_period_counts_with_their_codes() throws Exception {
        HttpResponse<String> response = http.importVersion(IsdHttp.TOKEN, "Bad data", "2026-05-01", Map.of(
                "supplier-bm-unit.csv", "bm_unit_id,supplier_mpid,gsp_group_id,base_bm_unit\n"
                        + "2__AZZZZ000,ZZZZ,_A,T\n",
                "measurement-quantity.csv", "effective_from,effective_to,measurement_quantity_id,description,load_shaped\n"
                        + "2026-01-01,2026-06-30,RI,Reactive Import,F\n"
                        + "2026-06-01,,RI,Reactive Import,T\n",
                "line-loss-factor.csv", "distributor_id,llfc,settlement_date,factors\n"
                        + "10,001,2026-03-29," + "1.07;".repeat(47) + "1.07\n"));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problems = JsonMapper.shared().readTree(response.body()).path("problems");
        assertThat(problems.findValuesAsString("code")).containsExactlyInAnyOrder("ISD0006", "ISD0008", "ISD0009");
        assertThat(response.body()).contains("2026-03-29 has 46 settlement periods, 48 factors given");
    }

    @Test
    void seed_data_has_every_gsp_group_short_day_line_loss_factors_and_run_dates_over_christmas() throws Exception {
        assertThat(http.getJson("/isd/v1/gsp-group?asAt=2026-01-01&version=1")).hasSize(14);
        assertThat(http.getJson("/isd/v1/supplier-bm-unit?asAt=2026-01-01&version=1&gsp_group_id=_K"))
                .hasSize(10);
        JsonNode llf = http.getJson("/isd/v1/line-loss-factor?asAt=2026-03-29&version=1&distributor_id=10&llfc=001"
                + "&settlement_date=2026-03-29");
        assertThat(llf.get(0).path("factors")).hasSize(46);
        assertThat(llf.get(0).path("factors").get(0).decimalValue()).isEqualByComparingTo("1.07");
        assertThat(llf.get(0).path("factors").get(32).decimalValue()).as("period 33").isEqualByComparingTo("1.08");

        // Settlement date Monday 2026-12-21. Working days after it: 22, 23, 24 Dec; 25 (Christmas) and 28
        // (Boxing Day substitute) are holidays; 29, 30, 31 Dec; 1 Jan 2027 (Friday) is a holiday; Mon 4 Jan.
        JsonNode runs = http.getJson("/isd/v1/calendar/run-dates?settlementDate=2026-12-21");
        assertThat(runs.path("II").asString()).isEqualTo("2026-12-29");
        assertThat(runs.path("SF").asString()).isEqualTo("2027-01-04");
        assertThat(http.getJson("/isd/v1/bank-holiday?asAt=2026-01-01&version=1&holiday_date=2026-12-28")
                .get(0).path("holiday_name").asString()).isEqualTo("Boxing Day (substitute day)");
    }

    @Test
    void an_effective_version_is_announced_by_an_if047_that_validates_against_the_spec() throws Exception {
        int version = http.importAccepted("Tariff added", "2025-01-01",
                Map.of("duos-tariff.csv", "distributor_id,duos_tariff_id,llfc\n10,EV1,006\n"));
        publishing.publishDue();

        // The gateway publishes it on dip.pub.047 (another module); here: our submission is a valid IF-047.
        ConsumerRecord<String, byte[]> record = TopicReader.awaitRecord(prefix + "dip.submissions",
                r -> JsonMapper.shared().readTree(r.value()).path("payload").path("CustomBlock").path("P01")
                        .path("publicationVersionID").asString().equals(Integer.toString(version)));
        JsonNode payload = JsonMapper.shared().readTree(record.value()).path("payload");
        ValidationResult result = new MessageValidator(MessageValidator.Mode.DIP).validate("IF-047", payload);
        assertThat(result.violations()).isEmpty();

        JsonNode common = payload.path("CommonBlock");
        assertThat(common.path("S0").path("eventCode").asString()).isEqualTo("[ISD]");
        assertThat(common.path("S1").path("senderRoleID").asString()).isEqualTo("ISD");
        assertThat(common.path("S1").path("senderDIPID").asString()).isEqualTo("9900000001");
        assertThat(common.path("A0").path("primaryRecipients").valueStream().map(JsonNode::asString).toList())
                .contains("1400000001", "1400000010", "2300000001", "1100000001");
        JsonNode variants = payload.path("CustomBlock").path("P02List");
        assertThat(variants.findValuesAsString("distributionDeliveryURI")).containsExactly(
                "https://isd.example.test/isd/v1/versions/" + version + "/download.zip",
                "https://isd.example.test/isd/v1/versions/" + version + "/download.json");

        Map<String, String> files = unzip(http.getBytes("/isd/v1/versions/" + version + "/download.zip").body());
        assertThat(files.get("duos-tariff.csv")).isEqualTo(
                "effective_from,effective_to,distributor_id,duos_tariff_id,llfc\r\n2025-01-01,,10,EV1,006\r\n");
        assertThat(jdbc.queryForObject("select status from isd.isd_version where version_id = ?", String.class, version))
                .isEqualTo("PUBLISHED");
        // the service kit's log has it as sent, under the reference it went out with
        assertThat(jdbc.queryForObject("select interface_id || ' ' || event_code || ' ' || status"
                        + " from isd.process_message where direction = 'OUT' and reference = ?", String.class,
                common.path("S1").path("senderUniqueReference").asString())).isEqualTo("IF-047 [ISD] SENT");
    }

    @Test
    void a_consumer_restarted_with_an_empty_cache_rebuilds_it_from_the_compacted_topics() throws Exception {
        int first = http.importAccepted("CCC 902 added", "2024-01-01",
                Map.of("consumption-component-class.csv", CCC_HEADER + "902,AI,A,F,L,L,E,0.5000\n"));
        int second = http.importAccepted("CCC 902 reweighted", "2026-02-01",
                Map.of("consumption-component-class.csv", CCC_HEADER + "902,AI,A,F,L,L,E,0.7500\n"));
        publishing.publishDue();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from isd.isd_version where version_id in (?, ?) and status = 'PUBLISHED'",
                Integer.class, first, second) == 2);

        List<String> entities = List.of("consumption-component-class", "gsp-group");
        Map<String, Object> kafka = Map.of("bootstrap.servers", TestKafka.instance().bootstrapServers());
        List<String> firstAnswers;
        try (IsdSnapshotCache cache = new IsdSnapshotCache(kafka, prefix, entities)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                cache.rebuild();
                return weights(cache, "2026-02-01").equals(List.of("0.75"));
            });
            firstAnswers = List.of(weights(cache, "2026-01-31").get(0), weights(cache, "2026-02-01").get(0));
            assertThat(cache.asAt("gsp-group", LocalDate.of(2026, 1, 1))).hasSize(14);
        }

        try (IsdSnapshotCache restarted = new IsdSnapshotCache(kafka, prefix, entities)) {
            assertThat(restarted.size()).isZero();
            restarted.rebuild();
            assertThat(List.of(weights(restarted, "2026-01-31").get(0), weights(restarted, "2026-02-01").get(0)))
                    .isEqualTo(firstAnswers).containsExactly("0.5", "0.75");
            assertThat(restarted.asAt("gsp-group", LocalDate.of(2026, 1, 1))).hasSize(14);
            assertThat(restarted.asAt("consumption-component-class", LocalDate.of(2026, 2, 1), first).stream()
                    .filter(r -> r.key().equals("902")).map(IsdSnapshot::version).toList()).containsExactly(first);
        }
        assertThat(http.getJson("/isd/v1/consumption-component-class?ccc_id=902&asAt=2026-02-01&version=" + second)
                .get(0).path("scaling_weight").decimalValue()).isEqualByComparingTo("0.75");
    }

    private static List<String> weights(IsdSnapshotCache cache, String date) {
        return cache.asAt("consumption-component-class", LocalDate.parse(date)).stream()
                .filter(r -> r.key().equals("902"))
                .map(r -> r.values().path("scaling_weight").decimalValue().stripTrailingZeros().toPlainString())
                .toList();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
