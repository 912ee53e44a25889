package uk.mhhs.mds.it;

import uk.mhhs.common.validation.ReportContentSchemas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.mds.runs.SettlementRun;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.dip.If021Message;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MDS runs on the real broker and database: ISD rows on its snapshot topics (tariff DOM → LLFC 001 of distributor 12,
 * LLF 1.050 every period, ALPH's base BM unit in _C, classes 100–105 for smart domestic whole-current AI and 110/113
 * for advanced non-domestic HV), registration and consumption delivered as PUBs, LSS's shape as IF-022/IF-023, then a
 * run; every number is worked by hand beside its assertion. Each test has dates of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mhhs.mds.operator-token=" + SettlementRunTest.TOKEN)
@RealServers(database = "mds_runs")
@Import(ConsumptionIntakeTest.TestClock.class)
class SettlementRunTest {

    static final String TOKEN = "settlement-run-test-token";
    private static final String DS = MdsScenario.DS;
    private static final String SUPPLIER = MdsScenario.SUPPLIER;
    private static final String LDSO = MdsScenario.LDSO;
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static volatile boolean isdPublished;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DipTopics topics;
    @Autowired
    SettlementRun runs;

    @LocalServerPort
    int port;

    MdsScenario scenario;

    @BeforeEach
    void isd() {
        scenario = new MdsScenario(jdbc, topics);
        if (isdPublished) {
            return;
        }
        isdRow("duos-tariff", "12|DOM", "{\"distributor_id\":12,\"duos_tariff_id\":\"DOM\",\"llfc\":\"001\"}");
        isdRow("duos-tariff", "12|HVC", "{\"distributor_id\":12,\"duos_tariff_id\":\"HVC\",\"llfc\":\"004\"}");
        isdRow("supplier-bm-unit", "2__CALPH000", "{\"bm_unit_id\":\"2__CALPH000\",\"supplier_mpid\":\"ALPH\","
                + "\"gsp_group_id\":\"_C\",\"base_bm_unit\":\"T\"}");
        int id = 100;
        for (String component : List.of("C", "L")) {
            for (String origin : List.of("A", "E", "D")) {
                isdRow("consumption-component-class", String.valueOf(id), ccc(id++, "S", "T", "W", component, origin));
            }
        }
        isdRow("consumption-component-class", "110", ccc(110, "A", "F", "H", "C", "A"));
        isdRow("consumption-component-class", "113", ccc(113, "A", "F", "H", "L", "A"));
        isdRow("distributor", "12", "{\"distributor_id\":12,\"mpid\":\"LOND\",\"distributor_name\":\"London\","
                + "\"gsp_group_id\":\"_C\"}");
        isdPublished = true;
    }

    @Test
    void a_missing_day_is_defaulted_from_the_shape_losses_follow_the_llf_and_one_if013_goes_out() {
        LocalDate day = LocalDate.of(2026, 11, 20); // GMT: settlement periods 1..48 = UTC periods of the same date
        lineLossFactors(day, "001", 48);
        lineLossFactors(day, "004", 48);
        shape(day, "0.300", "3000.000");
        // registered from 1 Nov 2026, so the other test's clock-change days do not see them
        LocalDate from = LocalDate.of(2026, 11, 1);
        String metered = registered("S", "T", "W", "DOM", "3100.000", from);
        String missing = registered("S", "T", "W", "DOM", "3100.000", from);
        String large = registered("A", "F", "H", "HVC", "500000.000", from);
        scenario.deliver(If021Message.from(DS).mpanCore(metered).settlementDay(day).allPeriods("0.500"));
        scenario.deliver(If021Message.from(DS).mpanCore(large).settlementDay(day).allPeriods("0.000")
                .periodValue(9, "4000.000")
                .connectionType("H").senderRole("ADS"));
        awaitStored(metered, large);

        try (TopicReader submissions = TopicReader.fromNow(topics.submissions())) {
            SettlementRun.Result result = runs.run(day, "SF");

            assertThat(result.periods()).isEqualTo(48);
            assertThat(result.defaultedMpans()).isEqualTo(1);
            // period 1: the metered MPAN's actual 0.500 in class 100 (C, actual); the missing one's default
            // 3100 × 0.300 / 3000 = 0.310 in class 102 (C, defaulted)
            assertThat(aggregate(result, 100, 1)).isEqualTo("0.500 1");
            assertThat(aggregate(result, 102, 1)).isEqualTo("0.310 1");
            // losses at LLF 1.050: 0.500 × 0.050 = 0.025 (class 103); 0.310 × 0.050 = 0.0155 → 0.016 (class 105)
            assertThat(aggregate(result, 103, 1)).isEqualTo("0.025 1");
            assertThat(aggregate(result, 105, 1)).isEqualTo("0.016 1");
            // the HV MPAN's 4,000 kWh in period 10: losses 4000 × 0.050 = 200.000 in class 113
            assertThat(aggregate(result, 110, 10)).isEqualTo("4000.000 1");
            assertThat(aggregate(result, 113, 10)).isEqualTo("200.000 1");
            // one IF-013, for the MPAN without data: 48 periods of 0.310, flag A, to its DS, supplier and LDSO
            var record = submissions.await(r -> missing.equals(r.key()) && TopicReader.mentions(r, "\"IF-013\""));
            JsonNode if013 = JSON.readTree(record.value()).path("payload");
            assertThat(new MessageValidator(MessageValidator.Mode.DIP, ConsumptionIntakeTest.CLOCK,
                    Duration.ofMinutes(5)).validate("IF-013", if013).violations()).isEmpty();
            JsonNode periods = if013.path("CustomBlock").path("B920List").path(0)
                    .path("settlementDayConsumptionPeriods").path(0).path("defaultedConsumptionPeriods");
            assertThat(periods.size()).isEqualTo(48);
            assertThat(periods.path(0).path("defaultedSPConsumption").asString()).isEqualTo("0.310");
            assertThat(periods.path(0).path("defaultLoadShapeFlag").asString()).isEqualTo("A");
            assertThat(if013.path("CommonBlock").path("A0").path("primaryRecipients").values().stream()
                    .map(JsonNode::asString).toList()).containsExactly(DS, SUPPLIER, LDSO);
            assertThat(submissions.mentioning("\"IF-013\"").stream().filter(r -> missing.equals(r.key())))
                    .hasSize(1);

            // REP-006 for _C: the whole message validates against the spec, its decompressed content against the
            // CustomBlock's "schema"; one supplier, one BM unit, classes 100, 102 and 110 each beside its losses
            var rep006Record = submissions.await(r -> TopicReader.mentions(r, "\"REP-006\"")
                    && ReportContent.isReportOf(ReportContent.of(r), "_C", day, result.runNumber()));
            JsonNode rep006 = JSON.readTree(rep006Record.value()).path("payload");
            assertThat(new MessageValidator(MessageValidator.Mode.DIP, ConsumptionIntakeTest.CLOCK,
                    Duration.ofMinutes(5)).validate("REP-006", rep006).violations()).isEmpty();
            assertThat(rep006.path("CommonBlock").path("A0").path("primaryRecipients").values().stream()
                    .map(JsonNode::asString).toList()).containsExactly("9900000006");
            JsonNode content = ReportContent.of(rep006Record);
            assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_006, content)).isEmpty();
            assertThat(content.path("R002").path("settlementCode").asString()).isEqualTo("SF");
            assertThat(content.path("R007").path("settlementRunExecutionDate").asString()).hasSize(25);
            assertThat(content.path("REP006-R015").size()).isEqualTo(1);
            JsonNode alph = content.path("REP006-R015").path(0);
            assertThat(alph.path("R015").path("supplierMPID").asString()).isEqualTo("ALPH");
            assertThat(alph.path("REP006-R032").size()).isEqualTo(1);
            JsonNode unit = alph.path("REP006-R032").path(0);
            assertThat(unit.path("R032").path("BMUnitID").asString()).isEqualTo("2__CALPH000");
            JsonNode classes = unit.path("REP006-R003");
            assertThat(classes.values().stream().map(c -> c.path("R003").path("consumptionComponentClassID").asInt())
                    .toList()).containsExactly(100, 102, 110);
            JsonNode c100 = classes.path(0);
            assertThat(c100.path("R003").path("consumptionComponentIndicator").asString()).isEqualTo("C");
            assertThat(c100.path("R003").path("connectionTypeIndicator").asString()).isEqualTo("W");
            assertThat(c100.path("R003").path("measurementQuantityID").asString()).isEqualTo("AI");
            assertThat(c100.path("R003").path("marketSegmentIndicator").asString()).isEqualTo("S");
            assertThat(c100.path("REP006-R033").size()).isEqualTo(48);
            // period 1: 0.500 actual, 1 MPAN, its losses (class 103) 0.025
            assertThat(ReportContent.period(c100, 0)).isEqualTo("1 1 0.500000 0.025000");
            // the day: 48 × 0.500 = 24.000, 48 × 0.025 = 1.200
            assertThat(ReportContent.daily(c100)).isEqualTo("24.000000 1.200000");
            // class 102 (defaulted) beside 105: 0.310 and 0.016; the day 48 × 0.310 = 14.880, 48 × 0.016 = 0.768
            assertThat(ReportContent.period(classes.path(1), 0)).isEqualTo("1 1 0.310000 0.016000");
            assertThat(ReportContent.daily(classes.path(1))).isEqualTo("14.880000 0.768000");
            // class 110 beside 113: period 10 4,000 and 200; every other period 0
            assertThat(ReportContent.period(classes.path(2), 9)).isEqualTo("10 1 4000.000000 200.000000");
            assertThat(ReportContent.period(classes.path(2), 0)).isEqualTo("1 1 0.000000 0.000000");
            assertThat(ReportContent.daily(classes.path(2))).isEqualTo("4000.000000 200.000000");
            // every MPAN had its LLFs: no exceptions report to the LDSO (it would have gone in the same transaction)
            assertThat(submissions.poll().stream().filter(r -> TopicReader.mentions(r, "\"REP-008\"")
                    && day.toString().equals(ReportContent.of(r).path("R002").path("settlementDate")
                            .asString()))).isEmpty();
        }
    }

    @Test
    void mpans_without_line_loss_factors_get_no_losses_and_one_rep008_goes_to_their_ldso() {
        LocalDate day = LocalDate.of(2025, 11, 15); // GMT; no other test's MPAN is registered on it
        lineLossFactors(day, "004", 48); // HVC's LLFC has factors on the day, DOM's (001) has none
        LocalDate from = LocalDate.of(2025, 11, 1);
        List<String> mpans = List.of(registered("S", "T", "W", "DOM", "3100.000", from),
                registered("S", "T", "W", "DOM", "3100.000", from), registered("A", "F", "H", "HVC",
                        "500000.000", from));
        for (String mpan : mpans) { // de-registered from 30 Nov 2025, so no other test's day sees them
            scenario.awaitApplied(scenario.publish("IF-009", "[CSSDeRegistration]", "9900000002", "REGS", mpan,
                    "{\"B042\":{\"CSSMPANDeRegistrationDate\":\"2025-11-30T00:00:00+00:00\"}}"));
        }

        try (TopicReader submissions = TopicReader.fromNow(topics.submissions())) {
            SettlementRun.Result result = runs.run(day, "SF");

            // no data and no shape on the day: every period zero (flag B); the two DOM MPANs in class 102 (C, D)
            // without losses, as their LLFC 001 has no factors
            assertThat(aggregate(result, 102, 1)).isEqualTo("0.000 2");
            assertThat(aggregate(result, 105, 1)).isEqualTo("none");
            var rep008Record = submissions.await(r -> TopicReader.mentions(r, "\"REP-008\"")
                    && day.toString().equals(ReportContent.of(r).path("R002").path("settlementDate").asString()));
            JsonNode rep008 = JSON.readTree(rep008Record.value()).path("payload");
            assertThat(new MessageValidator(MessageValidator.Mode.DIP, ConsumptionIntakeTest.CLOCK,
                    Duration.ofMinutes(5)).validate("REP-008", rep008).violations()).isEmpty();
            assertThat(rep008.path("CommonBlock").path("A0").path("primaryRecipients").values().stream()
                    .map(JsonNode::asString).toList()).containsExactly(LDSO);
            JsonNode content = ReportContent.of(rep008Record);
            assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_008, content)).isEmpty();
            assertThat(content.path("R013").path("GSPGroupID").asString()).isEqualTo("_C");
            assertThat(content.path("R027").path("distributorID").asString()).isEqualTo("LOND");
            assertThat(content.path("R002").path("runNumber").asInt()).isEqualTo(1);
            // the HVC MPAN had its factors: only LLFC 001's two MPANs are reported
            assertThat(content.path("R039").path("detailsofDefaultLLFDataUsed").asString())
                    .isEqualTo("LLF 1 (no losses) used: no LLF for LLFC 001 (2 MPANs)");

            // the run's REP-006 carries class 102 with null losses (the HVC MPAN's defaulted class is not in ISD)
            JsonNode rep006 = ReportContent.of(submissions.await(r -> TopicReader.mentions(r, "\"REP-006\"")
                    && ReportContent.isReportOf(ReportContent.of(r), "_C", day, 1)));
            assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_006, rep006)).isEmpty();
            JsonNode classes = rep006.path("REP006-R015").path(0).path("REP006-R032").path(0).path("REP006-R003");
            assertThat(classes.size()).isEqualTo(1);
            JsonNode period1 = classes.path(0).path("REP006-R033").path(0);
            assertThat(classes.path(0).path("R003").path("consumptionComponentClassID").asInt()).isEqualTo(102);
            assertThat(period1.path("MSIDCount").asInt()).isEqualTo(2);
            assertThat(period1.path("uncorrectedBMUnitPeriodLevelConsumption").asString()).isEqualTo("0.000000");
            assertThat(period1.path("uncorrectedBMUnitPeriodLevelConsumptionLosses").isNull()).isTrue();
            assertThat(classes.path(0).path("R034").path("dailyBMUnitPeriodLevelConsumptionLosses").isNull()).isTrue();
            assertThat(submissions.mentioning("\"REP-008\"").stream()
                    .filter(r -> day.toString().equals(ReportContent.of(r).path("R002").path("settlementDate")
                            .asString())))
                    .hasSize(1);
        }
    }

    @Test
    void a_50_period_and_a_46_period_settlement_day_take_the_right_utc_periods() {
        // 25 Oct 2026 (clocks back): 50 periods from 23:00Z on the 24th: SP1, SP2 = UTC 24th periods 47, 48
        // (index 46, 47); SP3..SP50 = the 25th's 48. 29 Mar 2026 (clocks forward): 46 periods = the 29th's first 46.
        LocalDate autumn = LocalDate.of(2026, 10, 25);
        LocalDate spring = LocalDate.of(2026, 3, 29);
        lineLossFactors(autumn, "001", 50);
        lineLossFactors(spring, "001", 46);
        String mpan = registered("S", "T", "W", "DOM", "3100.000", LocalDate.of(2026, 1, 1));
        // de-registered (CSS) from 1 Nov 2026, so the other test's November day does not see it
        scenario.awaitApplied(scenario.publish("IF-009", "[CSSDeRegistration]", "9900000002", "REGS", mpan,
                "{\"B042\":{\"CSSMPANDeRegistrationDate\":\"2026-11-01T00:00:00+00:00\"}}"));
        scenario.deliver(If021Message.from(DS).mpanCore(mpan).settlementDay(autumn.minusDays(1)).allPeriods("0.100")
                .periodValue(46, "0.470").periodValue(47, "0.480"));
        scenario.deliver(If021Message.from(DS).mpanCore(mpan).settlementDay(autumn).allPeriods("0.200")
                .periodValue(47, "0.999"));
        scenario.deliver(If021Message.from(DS).mpanCore(mpan).settlementDay(spring).allPeriods("0.300")
                .periodValue(45, "0.777")
                .periodValue(46, "9.000"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from consumption where mpan_core = ?", Integer.class, Long.parseLong(mpan)) == 3);

        SettlementRun.Result autumnRun = runs.run(autumn, "SF");
        SettlementRun.Result springRun = runs.run(spring, "SF");

        assertThat(autumnRun.periods()).isEqualTo(50);
        assertThat(aggregate(autumnRun, 100, 1)).isEqualTo("0.470 1");
        assertThat(aggregate(autumnRun, 100, 2)).isEqualTo("0.480 1");
        assertThat(aggregate(autumnRun, 100, 3)).isEqualTo("0.200 1");
        assertThat(aggregate(autumnRun, 100, 50)).isEqualTo("0.999 1");
        assertThat(springRun.periods()).isEqualTo(46);
        assertThat(aggregate(springRun, 100, 46)).isEqualTo("0.777 1"); // UTC index 45; index 46 (9.000) is not in it
        assertThat(jdbc.queryForObject("select max(period) from run_aggregate where run_id = ?", Integer.class,
                springRun.id())).isEqualTo(46);
    }

    @Test
    void a_superseding_if021_moves_the_next_runs_aggregate_by_exactly_the_difference() {
        LocalDate day = LocalDate.of(2025, 12, 10); // GMT: 48 periods; the other tests' MPANs are not registered on it
        // registered 1–19 Dec 2025 only (CSS de-registration from the 20th), so no other test's day sees it
        String mpan = registered("S", "T", "W", "DOM", "3100.000", LocalDate.of(2025, 12, 1));
        scenario.awaitApplied(scenario.publish("IF-009", "[CSSDeRegistration]", "9900000002", "REGS", mpan,
                "{\"B042\":{\"CSSMPANDeRegistrationDate\":\"2025-12-20T00:00:00+00:00\"}}"));
        scenario.deliver(If021Message.from(DS).mpanCore(mpan).settlementDay(day).allPeriods("0.500"));
        scenario.awaitStored(mpan, 1);
        SettlementRun.Result first = runs.run(day, "SF");

        // the data service resends the day with period 5 (index 4) at 0.800: version 2 supersedes version 1
        scenario.deliver(If021Message.from(DS).mpanCore(mpan).settlementDay(day).allPeriods("0.500")
                .periodValue(4, "0.800"));
        scenario.awaitStored(mpan, 2);
        SettlementRun.Result second = runs.run(day, "SF");

        assertThat(first.runNumber()).isEqualTo(1);
        assertThat(second.runNumber()).isEqualTo(2);
        // class 100 (C, actual), period 5: 0.500 → 0.800, exactly +0.300; period 4 stays 0.500
        assertThat(aggregate(first, 100, 5)).isEqualTo("0.500 1");
        assertThat(aggregate(second, 100, 5)).isEqualTo("0.800 1");
        assertThat(kwh(aggregate(second, 100, 5).split(" ")[0]).subtract(kwh(aggregate(first, 100, 5).split(" ")[0])))
                .isEqualByComparingTo("0.300");
        assertThat(aggregate(second, 100, 4)).isEqualTo("0.500 1");
    }

    @Test
    void vas_asks_for_a_run_over_the_api_and_reads_its_aggregates_as_csv_row_by_row() throws Exception {
        LocalDate day = LocalDate.of(2025, 12, 24); // GMT; the MPAN is registered 21–27 Dec 2025, no other test's is
        lineLossFactors(day, "001", 48);
        String mpan = registered("S", "T", "W", "DOM", "3100.000", LocalDate.of(2025, 12, 21));
        scenario.awaitApplied(scenario.publish("IF-009", "[CSSDeRegistration]", "9900000002", "REGS", mpan,
                "{\"B042\":{\"CSSMPANDeRegistrationDate\":\"2025-12-28T00:00:00+00:00\"}}"));
        scenario.deliver(If021Message.from(DS).mpanCore(mpan).settlementDay(day).allPeriods("0.400"));
        scenario.awaitStored(mpan, 1);

        HttpResponse<String> created = http(HttpRequest.newBuilder(api("/mds/v1/runs?settlementDate=" + day
                + "&runType=SF")).header("X-MDS-Operator-Token", TOKEN).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(created.statusCode()).isEqualTo(201);
        SettlementRun.Result run = JSON.readValue(created.body(), SettlementRun.Result.class);
        // one MPAN, 48 periods of class 100 (0.400 actual) and 48 of its losses in 103 (0.400 × 0.050 = 0.020)
        assertThat(run.aggregates()).isEqualTo(96);

        HttpResponse<String> csv = http(HttpRequest.newBuilder(api("/mds/v1/runs/" + run.id() + "/aggregates.csv")));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        // header, then by class and period: 100 periods 1..48 on lines 2..49, 103 periods 1..48 on lines 50..97
        assertThat(lines).hasSize(97);
        assertThat(lines.get(0)).isEqualTo("supplier_mpid,bm_unit_id,gsp_group,ccc_id,period,kwh,mpans");
        assertThat(lines.get(1)).isEqualTo("ALPH,2__CALPH000,_C,100,1,0.400,1");
        assertThat(lines.get(48)).isEqualTo("ALPH,2__CALPH000,_C,100,48,0.400,1");
        assertThat(lines.get(49)).isEqualTo("ALPH,2__CALPH000,_C,103,1,0.020,1");
        assertThat(lines.get(96)).isEqualTo("ALPH,2__CALPH000,_C,103,48,0.020,1");
        // the day: 48 × 0.400 + 48 × 0.020 = 19.200 + 0.960 = 20.160
        assertThat(lines.stream().skip(1).map(l -> new java.math.BigDecimal(l.split(",")[5]))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo("20.160");

        // the same with Accept: text/csv; without it the JSON list is unchanged
        assertThat(http(HttpRequest.newBuilder(api("/mds/v1/runs/" + run.id() + "/aggregates"))
                .header("Accept", "text/csv")).body()).isEqualTo(csv.body());
        assertThat(http(HttpRequest.newBuilder(api("/mds/v1/runs/" + run.id() + "/aggregates"))).body())
                .startsWith("[{");
        // an unknown run is 404; a run not COMPLETE is 409
        assertThat(http(HttpRequest.newBuilder(api("/mds/v1/runs/" + java.util.UUID.randomUUID()
                + "/aggregates.csv"))).statusCode()).isEqualTo(404);
        java.util.UUID running = java.util.UUID.randomUUID();
        jdbc.update("insert into run (id, settlement_date, run_type, run_number, status, periods) values (?, ?, 'SF',"
                + " 99, 'RUNNING', 48)", running, java.sql.Date.valueOf(day));
        HttpResponse<String> notComplete = http(HttpRequest.newBuilder(api("/mds/v1/runs/" + running
                + "/aggregates.csv")));
        assertThat(notComplete.statusCode()).isEqualTo(409);
        assertThat(notComplete.body()).contains("is RUNNING, not COMPLETE");
    }

    // --- helpers ---

    private java.net.URI api(String path) {
        return java.net.URI.create("http://localhost:" + port + path);
    }

    /** Sends with the operator token, on GETs too, as VAS and operators' scripts do. */
    private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.setHeader("X-MDS-Operator-Token", TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String aggregate(SettlementRun.Result run, int ccc, int period) {
        return jdbc.query("select kwh, mpans from run_aggregate where run_id = ? and ccc_id = ? and period = ?",
                rs -> rs.next() ? rs.getBigDecimal(1).setScale(3) + " " + rs.getInt(2) : "none", run.id(), ccc,
                period);
    }

    private static String ccc(int id, String segment, String domestic, String connectionType, String component,
                              String origin) {
        return "{\"ccc_id\":" + id + ",\"measurement_quantity_id\":\"AI\",\"market_segment\":\"" + segment
                + "\",\"domestic_premise\":\"" + domestic + "\",\"connection_type\":\"" + connectionType
                + "\",\"component_indicator\":\"" + component + "\",\"data_origin\":\"" + origin
                + "\",\"scaling_weight\":\"1.0000\"}";
    }

    private void lineLossFactors(LocalDate day, String llfc, int periods) {
        String factors = String.join(",", java.util.Collections.nCopies(periods, "\"1.050\""));
        isdRow("line-loss-factor", "12|" + llfc + "|" + day, "{\"distributor_id\":12,\"llfc\":\"" + llfc
                + "\",\"settlement_date\":\"" + day + "\",\"factors\":[" + factors + "]}");
    }

    /** One ISD row (version 1, valid from 2020-01-01, open-ended) as the ISD service publishes it. */
    private void isdRow(String entity, String key, String values) {
        String row = "{\"entity\":\"" + entity + "\",\"key\":\"" + key + "\",\"version\":1,"
                + "\"effectiveFrom\":\"2020-01-01\",\"effectiveTo\":null,\"values\":" + values + "}";
        TopicReader.send(topics.prefix() + "isd." + entity, key, row.getBytes(StandardCharsets.UTF_8));
    }

    /** LSS's IF-022 and IF-023 for (_C, W, S, T, AI): every period {@code value}, annual total {@code total}. */
    private void shape(LocalDate day, String value, String total) {
        StringBuilder periods = new StringBuilder();
        for (int i = 0; i < 48; i++) {
            periods.append(i == 0 ? "" : ",").append("{\"sp\":\"").append(day.atStartOfDay().plusMinutes(30L * (i + 1))
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'")))
                    .append("\",\"loadShapePeriodValue\":\"").append(value)
                            .append("\",\"defaultLoadShapeFlag\":\"A\"}");
        }
        String group = "{\"loadShapeGSPGroupID\":\"_C\",\"connectionTypeIndicator\":\"W\",\"marketSegmentIndicator\":"
                + "\"S\",\"loadShapeDomesticPremiseIndicator\":\"T\",\"measurementQuantityID\":\"AI\"}";
        String settlementDay = "{\"settlementDayDate\":\"" + day + "T00:00:00+00:00\",\"periodDuration\":30}";
        scenario.awaitApplied(scenario.publish("IF-022", "[LSSPeriodData]", "9900000004", "LSS", null,
                "{\"B903List\":[{\"settlementDay\":"
                + settlementDay + ",\"LSGSettlementPeriods\":[{\"LSGroup\":" + group + ",\"LSGroupSettlementPeriods\":["
                + periods + "]}]}]}"));
        scenario.awaitApplied(scenario.publish("IF-023", "[LSSTotalsData]", "9900000004", "LSS", null,
                "{\"B912List\":[{\"settlementDay\":"
                + settlementDay + ",\"LSGTotals\":[{\"LSGroup\":" + group + ",\"LSAnnualConsumption\":"
                + "{\"annualLoadShapeTotal\":\"" + total + "\"},\"LSTTotals\":[]}]}]}"));
    }

    /** A fresh MPAN of distributor 12 registered to ALPH from {@code registeredFrom}, energised, DS appointed. */
    private String registered(String segment, String domestic, String connectionType, String tariff, String ac,
                              LocalDate registeredFrom) {
        return scenario.register(MdsScenario.Registration.from(registeredFrom).domestic("T".equals(domestic))
                .withDataService().connectionType(connectionType).tariff(tariff).segment(segment)
                .annualConsumption(ac));
    }

    private void awaitStored(String... mpans) {
        for (String mpan : mpans) {
            await().atMost(Duration.ofSeconds(30)).until(() -> scenario.stored(mpan) > 0);
        }
    }

    private static java.math.BigDecimal kwh(String text) {
        return new java.math.BigDecimal(text);
    }
}
