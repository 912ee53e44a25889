package uk.mhhs.vas.reports;

import uk.mhhs.common.validation.ReportContentSchemas;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.vas.VasProperties;
import uk.mhhs.dipclient.reports.ReportAggregate;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.model.RunType;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A calculated run's reports on the real database and broker: the worked example's aggregates, correction factors and
 * BM unit volumes written as the calculation stores them (period 1 corrected by CF 1.0554493308; periods 2–48 have no
 * volume, so no correctable volume and an undefined factor), {@code publish} in a transaction, and the messages read
 * off the DIP submissions topic.
 */
@SpringBootTest(properties = "mhhs.vas.reports.market-recipients=9900000099")
@RealServers
class RunReportsPublicationTest {

    private static final String MARKET = "9900000099";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DipTopics topics;
    @Autowired
    RunReports reports;
    @Autowired
    DataSource dataSource;
    @Autowired
    Outbound outbound;
    @Autowired
    VasProperties properties;

    @Test
    void a_published_run_sends_each_report_to_its_recipients() {
        RunContext run = calculatedRun();

        try (TopicReader submissions = TopicReader.fromNow(topics.submissions())) {
            int sent = transactions.execute(s -> reports.publish(run, WorkedExample.reference(true)));

            // REP-003 and REP-006 for SUPA and SUPB, REP-003A for _A, REP-004 for SUPA and SUPB, one REP-007
            assertThat(sent).isEqualTo(8);
            List<ConsumerRecord<String, byte[]>> records = submissions.awaitAll(r -> TopicReader.mentions(r, "\"REP-0"),
                    8, Duration.ofSeconds(60));
            Map<String, List<String>> recipients = records.stream().collect(Collectors.groupingBy(
                    r -> interfaceOf(r) + " " + recipientsOf(r), TreeMap::new,
                    Collectors.mapping(r -> ReportViews.content(payload(r).path("CustomBlock")).path("R002")
                            .path("settlementDate").asString(), Collectors.toList())));
            assertThat(recipients).containsOnlyKeys("REP-003 [1400000101]", "REP-003 [1400000102]",
                    "REP-003A [9900000099]", "REP-004 [1400000101]", "REP-004 [1400000102]", "REP-006 [1400000101]",
                    "REP-006 [1400000102]", "REP-007 [1400000101, 1400000102, 9900000099]");
            assertThat(recipients.values()).allSatisfy(dates -> assertThat(dates).containsExactly("2026-11-20"));
            // each logged as sent in the kit's process_message (REP-003's event code has 51 characters)
            assertThat(jdbc.queryForList("select interface_id || ' ' || event_code from process_message"
                    + " where direction = 'OUT' and status = 'SENT' and interface_id = 'REP-003'", String.class))
                    .contains("REP-003 [BMUnitAllocatedDemandVolumesToMarketParticipants]");

            JsonNode rep003 = content(records, "REP-003", WorkedExample.SUPA_DIP);
            assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_003, rep003)).isEmpty();
            JsonNode unit = ReportViews.unit(rep003, "REP003", WorkedExample.SUPA_UNIT);
            // 4000 × 1.0554493308 = 4221.7973232; unit: 6240 uncorrected, 6529.445506776 allocated, 10 + 2 MSIDs
            assertThat(ReportViews.period(ReportViews.classOf(unit, "REP003", 100), "REP003", 0))
                    .isEqualTo("1 4000.000000 null 4221.797323 null");
            assertThat(ReportViews.unitDaily(unit)).isEqualTo("6240.000000 6529.445507 12");
            assertThat(ReportViews.factor(rep003, "REP003", 0)).isEqualTo("1 1.055449331 1.000000000");
            assertThat(ReportViews.factor(rep003, "REP003", 1)).isEqualTo("2 1.000000000 1.000000000");

            JsonNode rep003a = content(records, "REP-003A", MARKET);
            assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_003A, rep003a)).isEmpty();
            assertThat(ReportViews.suppliers(rep003a, "REP003A")).containsExactly("SUPA", "SUPB");

            JsonNode rep004 = content(records, "REP-004", WorkedExample.SUPB_DIP);
            assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_004, rep004)).isEmpty();
            // SUPB: 2638.623327 + 131.93116635 − 300 = 2470.55449335 → 2470.554493
            assertThat(rep004.path("REP004-R009").path("REP004-R026").path(0).path("supplierDeemedTake").asString())
                    .isEqualTo("2470.554493");

            JsonNode rep006 = content(records, "REP-006", WorkedExample.SUPB_DIP);
            assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_006, rep006)).isEmpty();
            assertThat(ReportViews.suppliers(rep006, "REP006")).containsExactly("SUPB");

            JsonNode rep007 = content(records, "REP-007", MARKET);
            assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_007, rep007)).isEmpty();
            JsonNode units = rep007.path("REP007-R013").path(0).path("REP007-R036");
            assertThat(units.values().stream().map(u -> u.path("BMUnitID").asString() + ": "
                    + u.path("detailsOfDefaultDataUsed").asString()).toList()).containsExactly(
                    "2__ASUPA000: no correctable volume, uncorrected (factor 1) in periods 2-48",
                    "2__ASUPB000: no correctable volume, uncorrected (factor 1) in periods 2-48");
        }
    }

    @Test
    void groups_follow_one_another_while_the_aggregates_stream_in_many_fetches() {
        RunContext run = calculatedRun(LocalDate.of(2026, 11, 21), List.of("_A", "_B"));
        // the aggregates' COPY parsed 2 bytes at a time (rows and fields cut across reads); the reports of _A go to the
        // outbox between _A's COPY and _B's
        RunReportsService service = new RunReportsService(new ReportInputs(jdbc, dataSource, 2), outbound,
                properties);

        try (TopicReader submissions = TopicReader.fromNow(topics.submissions())) {
            int sent = transactions.execute(s -> service.publish(run, WorkedExample.reference(true)));

            // _A: REP-003 and REP-006 for SUPA and SUPB, REP-003A; _B: REP-003 and REP-006 for SUPA, REP-003A;
            // REP-004 for SUPA in _A and _B and SUPB in _A; one REP-007 naming both groups
            assertThat(sent).isEqualTo(12);
            List<ConsumerRecord<String, byte[]>> records = submissions.awaitAll(r -> TopicReader.mentions(r, "\"REP-0")
                    && "2026-11-21".equals(ReportViews.content(payload(r).path("CustomBlock")).path("R002")
                    .path("settlementDate").asString()), 12, Duration.ofSeconds(60));
            List<String> groupReports = records.stream().filter(r -> interfaceOf(r).equals("REP-003A"))
                    .map(r -> ReportViews.content(payload(r).path("CustomBlock")))
                    .map(c -> c.path("R013").path("GSPGroupID").asString() + " " + ReportViews.suppliers(c, "REP003A")
                            + " " + ReportViews.unitDaily(ReportViews.unit(c, "REP003A", "2_" + c.path("R013")
                            .path("GSPGroupID").asString() + "SUPA000"))).toList();
            // SUPA's unit in either group: 6240 uncorrected, 6529.445506776 allocated, 12 MSIDs
            assertThat(groupReports).containsExactlyInAnyOrder("_A [SUPA, SUPB] 6240.000000 6529.445507 12",
                    "_B [SUPA] 6240.000000 6529.445507 12");
            JsonNode rep007 = ReportViews.content(payload(records.stream().filter(r -> interfaceOf(r).equals("REP-007"))
                    .findFirst().orElseThrow()).path("CustomBlock"));
            assertThat(rep007.path("REP007-R013").values().stream().map(g -> g.path("R013").path("GSPGroupID")
                    .asString()).toList()).containsExactly("_A", "_B");
        }
    }

    private RunContext calculatedRun() {
        return calculatedRun(WorkedExample.DAY, List.of("_A"));
    }

    /**
     * A run of {@code day} calculated over the worked example in each of {@code groups}: _A as it is, any other group
     * with SUPA's four aggregates on BM unit {@code 2__<g>SUPA000} (the same numbers, so the same results).
     */
    private RunContext calculatedRun(LocalDate day, List<String> groups) {
        UUID runId = UUID.randomUUID();
        UUID setId = UUID.randomUUID();
        Instant executed = WorkedExample.RUN.executed();
        jdbc.update("""
                insert into run (id, settlement_date, run_type, run_number, state, trigger, periods, aggregate_set_id,
                                 requested_at, started_at) values (?, ?, 'SF', 2, 'CALCULATING', 'OPERATOR', 48, ?, ?, ?)""",
                runId, day, setId, Timestamp.from(executed), Timestamp.from(executed));
        jdbc.update("insert into aggregate_set (id, settlement_date, run_type, mds_run_id, mds_run_number, rows)"
                + " values (?, ?, 'SF', ?, 1, 7)", setId, day, UUID.randomUUID());
        for (String gsp : groups) {
            String supaUnit = "2_" + gsp + "SUPA000";
            for (ReportAggregate a : WorkedExample.aggregates()) {
                if (gsp.equals("_A") || a.supplier().equals("SUPA")) {
                    jdbc.update("insert into aggregate values (?, ?, ?, ?, ?, ?, ?, ?)", setId, gsp, a.supplier(),
                            a.supplier().equals("SUPA") ? supaUnit : a.bmUnit(), a.ccc(), a.period(), a.kwh(),
                            a.mpans());
                }
            }
            // period 1: GSPGT 9000, ΣC 8565, ΣW·C 7845, CF 1 + 435/7845; 2–48: nothing to correct
            jdbc.update("insert into correction_factor values (?, ?, 1, 9000, 8565, 7845, 1.0554493308, null)", runId,
                    gsp);
            for (int p = 2; p <= 48; p++) {
                jdbc.update("insert into correction_factor values (?, ?, ?, 0, 0, 0, null, 'NO_CORRECTABLE_VOLUME')",
                        runId, gsp, p);
            }
            jdbc.update("insert into bm_unit_volume values (?, ?, 'SUPA', ?, 1, 6240, 6529.445506776, 12)", runId,
                    gsp, supaUnit);
            if (gsp.equals("_A")) {
                jdbc.update("insert into bm_unit_volume values (?, '_A', 'SUPB', ?, 1, 2325, 2470.55449335, 10)",
                        runId, WorkedExample.SUPB_UNIT);
            }
        }
        return new RunContext(runId, day, RunType.SF, 2, 48, executed, setId, 0L);
    }

    private static JsonNode payload(ConsumerRecord<String, byte[]> record) {
        return JsonMapper.shared().readTree(record.value()).path("payload");
    }

    private static String interfaceOf(ConsumerRecord<String, byte[]> record) {
        return payload(record).path("CommonBlock").path("S0").path("interfaceID").asString();
    }

    private static List<String> recipientsOf(ConsumerRecord<String, byte[]> record) {
        return payload(record).path("CommonBlock").path("A0").path("primaryRecipients").values().stream()
                .map(JsonNode::asString).sorted().toList();
    }

    private static JsonNode content(List<ConsumerRecord<String, byte[]>> records, String interfaceId,
                                    String recipient) {
        return ReportViews.content(records.stream().filter(r -> interfaceOf(r).equals(interfaceId)
                && recipientsOf(r).contains(recipient)).map(RunReportsPublicationTest::payload).findFirst().orElseThrow()
                .path("CustomBlock"));
    }
}
