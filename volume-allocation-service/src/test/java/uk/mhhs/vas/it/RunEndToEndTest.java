package uk.mhhs.vas.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.mhhs.dipclient.DipTopics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.kafka.TopicReader;
import uk.mhhs.vas.runs.RunView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Whole runs of the worked example ({@link WorkedExample}) on the real database and broker, the other parts real too:
 * the GSP Group Take uploaded over REST, MDS's aggregates from a stand-in of its API, the worker gathering, calculating
 * and reporting, then published. A re-run of the date and type is run number 2 with the same numbers of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mhhs.scheduler.enabled=false", "mhhs.vas.operator-token=" + VasHttp.TOKEN, "mhhs.vas.mds.token=mds-token",
        "mhhs.vas.worker.interval=PT0.2S", "mhhs.vas.reports.market-recipients=" + RunEndToEndTest.MARKET})
@RealServers(database = "vas_runs_e2e")
class RunEndToEndTest {

    static final String MARKET = "9900000099";
    private static final String DATE = "2026-11-02";
    private static final MdsStandIn MDS = new MdsStandIn(WorkedExample.aggregates());

    @DynamicPropertySource
    static void mds(DynamicPropertyRegistry registry) {
        registry.add("mhhs.vas.mds.url", MDS::url);
    }

    @AfterAll
    static void stopMds() {
        MDS.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DipTopics topics;
    @Autowired
    MeterRegistry meters;

    @Test
    void the_worked_example_is_gathered_calculated_reported_and_published_a_rerun_is_number_2_and_compares() {
        new IsdRows(topics).workedExample();
        VasHttp vas = VasHttp.onPort(port);
        VasHttp.Answer upload = vas.uploadGspGroupTake(WorkedExample.gspGroupTake(java.time.LocalDate.parse(DATE)));
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);

        RunView first;
        try (TopicReader submissions = TopicReader.fromBeginning(topics.submissions())) { // this test's prefix only
            first = published(vas, vas.request(DATE, "SF", null).run().id());

            // REP-003, REP-004 and REP-006 to each supplier (SUPA 1400000101, SUPB 1400000102), REP-003A of _A to the
            // market (REP-007 of the groups without volume is the reports' own business, not asserted here)
            assertThat(submissions.awaitAll(r -> interfaceAndRecipients(r).matches("REP-00(3A?|4|6) .*"), 7,
                    Duration.ofSeconds(60)).stream().map(RunEndToEndTest::interfaceAndRecipients).sorted())
                    .containsExactly("REP-003 [1400000101]", "REP-003 [1400000102]", "REP-003A [9900000099]",
                            "REP-004 [1400000101]", "REP-004 [1400000102]", "REP-006 [1400000101]",
                            "REP-006 [1400000102]");
        }

        assertThat(first.runNumber()).isEqualTo(1);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.inputs().aggregateSetId()).isNotNull();
        assertThat(first.inputs().gspGroupTakeId()).isNotNull();
        assertThat(first.inputs().isdVersion()).isEqualTo(1);
        assertWorkedExample(first.id());
        assertThat(MDS.runs()).hasSize(1);
        // the published factors as gauges (the calculation's CorrectionFactorMetrics, called once a run is published)
        assertThat(meters.get("vas.correction.factor").tag("gsp_group", "_A").tag("period", "1").tag("run_type", "SF")
                .gauge().value()).isCloseTo(WorkedExample.CF.doubleValue(), within(1e-9));

        RunView second = published(vas, vas.request(DATE, "SF", "re-run").run().id());

        assertThat(second.runNumber()).isEqualTo(2);
        assertThat(second.inputs().gspGroupTakeId()).isEqualTo(first.inputs().gspGroupTakeId());
        assertThat(second.inputs().aggregateSetId()).isNotEqualTo(first.inputs().aggregateSetId());
        assertWorkedExample(second.id());
        assertWorkedExample(first.id()); // the first run's results are its own, untouched
        assertThat(vas.runsOf(DATE)).extracting(r -> r.runType() + "#" + r.runNumber() + " " + r.state())
                .containsExactly("SF#1 PUBLISHED", "SF#2 PUBLISHED");

        // when the CDCA sends a second GSP Group Take with _A at 9,100 kWh in every period and R1 runs on it
        VasHttp.Answer revised = vas.uploadGspGroupTake(WorkedExample.gspGroupTake(java.time.LocalDate.parse(DATE))
                .replace(",_A,", ",_A,").replace("9000.000", "9100.000"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(201);
        RunView r1 = published(vas, vas.request(DATE, "R1", null).run().id());
        JsonNode compared = JsonMapper.shared().readTree(vas.get("/vas/v1/runs/" + r1.id() + "/compare?with="
                + first.id()).body());

        // then the comparison shows what moved: CF 1 + 535/7,845; ΣW·C of A 5,220 and of B 2,625, so
        // A 6,240 + 5,220 × 535/7,845 = 6,595.984704 (was 6,529.445507: +66.539197),
        // B 2,325 + 2,625 × 535/7,845 = 2,504.015296 (was 2,470.554493: +33.460803); no class changed, GSPGT +100
        assertThat(compared.path("changes").size()).isEqualTo(2 * WorkedExample.PERIODS);
        assertThat(compared.path("changes").values().stream().filter(c -> c.path("period").asInt() == 1)
                .map(c -> c.path("bmUnitId").asString() + " " + c.path("volume").path("before").decimalValue()
                        .toPlainString() + " → " + c.path("volume").path("after").decimalValue().toPlainString()
                        + " (" + c.path("volume").path("difference").decimalValue().toPlainString() + "), classes "
                        + c.path("classes").size() + ", GSPGT " + c.path("gspGroupTake").path("difference")
                        .decimalValue().stripTrailingZeros().toPlainString()))
                .containsExactly("2__ASUPA000 6529.446 → 6595.985 (66.539), classes 0, GSPGT 100",
                        "2__ASUPB000 2470.554 → 2504.015 (33.461), classes 0, GSPGT 100");
        // 48 periods × 9,000 → 48 × 9,100 (the other groups have no volume to allocate)
        assertThat(compared.path("totals").path("difference").decimalValue()).isEqualByComparingTo("4800.000");
        assertThat(compared.path("weights").size()).isZero();
    }

    private static String interfaceAndRecipients(ConsumerRecord<String, byte[]> record) {
        JsonNode common = JsonMapper.shared().readTree(record.value()).path("payload").path("CommonBlock");
        return common.path("S0").path("interfaceID").asString() + " " + common.path("A0").path("primaryRecipients")
                .values().stream().map(JsonNode::asString).sorted().toList();
    }

    static RunView published(VasHttp vas, UUID id) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> vas.run(id).state(), s -> s.equals("PUBLISHED") || s.equals("FAILED"));
        RunView run = vas.run(id);
        assertThat(run.state()).as(run.failure()).isEqualTo("PUBLISHED");
        return run;
    }

    /** _A's factor and both BM units' volumes in every period, and no doubled rows. */
    void assertWorkedExample(UUID run) {
        assertWorkedExample(jdbc, run);
    }

    static void assertWorkedExample(JdbcTemplate jdbc, UUID run) {
        RunResults results = new RunResults(jdbc);
        assertThat(results.factors(run, "_A")).hasSize(WorkedExample.PERIODS).allSatisfy(f -> {
            assertThat(f.factor().setScale(10, RoundingMode.HALF_UP)).isEqualByComparingTo(WorkedExample.CF);
            assertThat(f.exception()).isNull();
        });
        // 14 groups × 48 periods; the 13 without volume have no correctable volume: no factor, an exception
        assertThat(results.factorRows(run)).isEqualTo(14 * WorkedExample.PERIODS);
        assertThat(results.factors(run, "_B")).allSatisfy(f -> {
            assertThat(f.factor()).isNull();
            assertThat(f.exception()).isEqualTo("NO_CORRECTABLE_VOLUME");
        });
        assertThat(results.volumes(run)).hasSize(2 * WorkedExample.PERIODS).allSatisfy(v -> {
            BigDecimal expected = v.bmUnitId().equals("2__ASUPA000") ? WorkedExample.SUPA_VOLUME
                    : WorkedExample.SUPB_VOLUME;
            assertThat(v.corrected()).isCloseTo(expected, within(new BigDecimal("0.001")));
        });
    }
}
