package uk.mhhs.systemtests.faults;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.localsuite.services.SuiteService;
import uk.mhhs.testsupport.kafka.TopicReader;
import uk.mhhs.testsupport.mds.If021Stream;
import uk.mhhs.testsupport.mds.IsdRows;
import uk.mhhs.testsupport.mds.SyntheticMarket;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults survived by the market-wide data service's IF-021 intake, with MDS in a JVM of its own on the local suite's
 * PostgreSQL and Kafka: killed with SIGKILL in the middle of 100,000 IF-021; the broker stopped and started again in
 * the middle of 20,100 more; then every topic replayed from offset 0 into fresh consumer groups. The three share one
 * start and run in order (the replay replays what the first two wrote). The market is test-support's
 * {@link SyntheticMarket}: 99,500 MPANs, so every total below is worked out by hand in the comments (and in the
 * module README, "Faults survived").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MdsFaultsSystemTest {

    private static final Logger log = LoggerFactory.getLogger(MdsFaultsSystemTest.class);
    private static final SuiteService MDS = SuiteService.MARKET_WIDE_DATA_SERVICE;
    private static final String TOKEN = "faults-operator";
    private static final String IF021_TOPIC = "dip.pub.021";
    private static final Duration INTAKE = Duration.ofMinutes(5);
    private static final Pattern REFERENCE = Pattern.compile("\"senderUniqueReference\"\\s*:\\s*\"([^\"]+)\"");

    /** MPANs 0..99,499 registered (mpan_fact); i % 5 == 0 non-domestic (19,900), the rest domestic (79,600). */
    static final int REGISTERED = 99_500;

    static FaultSuite suite;
    static HttpClient http = HttpClient.newHttpClient();
    static LocalDate day;
    static RunAggregates firstRun;

    @BeforeAll
    static void startMdsAlone() throws Exception {
        day = latestWinterDay();
        suite = FaultSuite.start("faults-mds", "-Xmx512m -XX:+UseSerialGC -Xss512k", Map.of(MDS, Map.of(
                "MDS_OPERATOR_TOKEN", TOKEN,
                "MHHS_SCHEDULER_ENABLED", "false",
                // a killed consumer's partitions go to the restarted one after 10 s, not the default 45 s
                "SPRING_APPLICATION_JSON", "{\"spring.kafka.consumer.properties.session.timeout.ms\":10000}")));
        try (Admin admin = admin()) {
            // made before anything is sent to them, as the services' topic beans make them in the suite
            admin.createTopics(Stream.concat(Stream.of(IF021_TOPIC), Stream.of("duos-tariff", "line-loss-factor",
                            "supplier-bm-unit", "consumption-component-class").map(entity -> "isd." + entity))
                    .map(topic -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
        }
        IsdRows.publish(suite.bootstrapServers(), "", day, day.minusDays(1), day.minusDays(2));
        suite.start(MDS);
        try (Connection db = suite.database(MDS)) {
            assertThat(SyntheticMarket.seedFacts(db, REGISTERED)).isEqualTo(REGISTERED * 13L);
        }
        log.info("MDS up, {} MPANs registered; settlement day {}", REGISTERED, day);
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    /**
     * 100,000 IF-021: for {@code day}, MPANs 0..99,499 with 100 Wh in every period (99,500 messages); after every
     * MPAN i with i % 199 == 198 one for the day before from MPAN i / 199 (0..499) with period 1 at −100 Wh, which
     * ECS1010 rejects (500 messages, 500 IF-014). MDS is killed once 30,000 days are stored, and started again.
     */
    @Test
    @Order(1)
    void sigkill_in_the_middle_of_100000_if021_leaves_every_message_exactly_one_effect() throws Exception {
        // sent while MDS takes them in, as the DIP would
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
            try (If021Stream stream = If021Stream.open(suite.bootstrapServers(), IF021_TOPIC)) {
                for (int i = 0; i < REGISTERED; i++) {
                    stream.send(i, day, "T-kill-" + i, (mpan, period) -> 100);
                    if (i % 199 == 198) {
                        stream.send(i / 199, day.minusDays(1), "T-kill-bad-" + i / 199,
                                (mpan, period) -> period == 0 ? -100 : 100);
                    }
                }
            }
        });
        await("30,000 of the day's IF-021 stored").atMost(INTAKE).pollInterval(Duration.ofMillis(100))
                .until(() -> count("select count(*) from consumption where settlement_date = ?", day) >= 30_000);
        suite.kill(MDS);
        long atKill = count("select count(*) from consumption where settlement_date = ?", day);
        log.info("MDS killed with {} of {} days stored", atKill, REGISTERED);
        assertThat(atKill).as("killed in the middle").isLessThan(REGISTERED);

        suite.start(MDS);
        sending.get(INTAKE.toMinutes(), TimeUnit.MINUTES);
        awaitIntake("T-kill-%", 100_000, 500);

        // exactly one effect each: one current version-1 row per MPAN, 48 × 100 Wh each
        assertDay(day, REGISTERED, REGISTERED * 48L * 100);
        assertThat(count("select count(*) from consumption where settlement_date = ?", day.minusDays(1)))
                .as("the ECS1010 days stored nothing").isZero();
        assertThat(count("select count(*) from consumption_finding where 'ECS1010' = any(codes) and "
                + "response_code = 'R' and transaction_id like 'T-kill-bad-%'")).isEqualTo(500);
        assertOneIf014Each(500);

        // The run of the day: every MPAN has all 48 periods actual, so nothing is defaulted. Per period:
        // domestic (class 100, C/A) 79,600 × 0.100 = 7,960.000 kWh; non-domestic (106) 19,900 × 0.100 = 1,990.000;
        // losses at LLF 1.050: 0.100 × 0.050 = 0.005 kWh each, 79,600 × 0.005 = 398.000 (103, L/A),
        // 19,900 × 0.005 = 99.500 (109).
        JsonNode run = runSf(day);
        assertThat(run.path("runNumber").asInt()).isEqualTo(1);
        assertThat(run.path("mpans").asInt()).isEqualTo(REGISTERED);
        assertThat(run.path("defaultedMpans").asInt()).isZero();
        assertThat(run.path("periods").asInt()).isEqualTo(48);
        firstRun = aggregates(run);
        assertHandTotals(firstRun);
    }

    /**
     * 20,100 IF-021: for two days before {@code day}, MPANs 0..19,999 with 200 Wh in every period; after every MPAN i
     * with i % 200 == 199 a rejected one (ECS1010) for the day before {@code day} from MPAN 500 + i / 200 (500..599).
     * The broker is stopped and started again once 4,000 are stored.
     */
    @Test
    @Order(2)
    void broker_restarted_in_the_middle_of_the_intake_loses_nothing_and_doubles_nothing() throws Exception {
        LocalDate twoDaysBefore = day.minusDays(2);
        // sent while MDS takes them in: the producer rides out the broker's absence too (idempotent, acks=all)
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
            try (If021Stream stream = If021Stream.open(suite.bootstrapServers(), IF021_TOPIC)) {
                for (int i = 0; i < 20_000; i++) {
                    stream.send(i, twoDaysBefore, "T-broker-" + i, (mpan, period) -> 200);
                    if (i % 200 == 199) {
                        stream.send(500 + i / 200, day.minusDays(1), "T-broker-bad-" + i / 200,
                                (mpan, period) -> period == 0 ? -100 : 100);
                    }
                }
            }
        });
        await("4,000 stored").atMost(INTAKE).pollInterval(Duration.ofMillis(100))
                .until(() -> count("select count(*) from consumption where settlement_date = ?", twoDaysBefore)
                        >= 4_000);
        suite.restartKafka();
        log.info("broker restarted with {} of 20,000 stored",
                count("select count(*) from consumption where settlement_date = ?", twoDaysBefore));

        sending.get(INTAKE.toMinutes(), TimeUnit.MINUTES);
        awaitIntake("T-broker-%", 20_100, 600);
        assertThat(suite.isAlive(MDS)).as("MDS rode out the broker's absence").isTrue();
        assertDay(twoDaysBefore, 20_000, 20_000 * 48L * 200);
        assertThat(count("select count(*) from consumption_finding where 'ECS1010' = any(codes) and "
                + "transaction_id like 'T-broker-bad-%'")).isEqualTo(100);
        assertOneIf014Each(600);
    }

    /**
     * MDS stopped, its consumer groups deleted (so it reads every topic from offset 0 again, as fresh consumers), and
     * started: its inbox knows every transaction, so nothing is stored, found or sent again, and a second run of the
     * day has the same aggregates as the first.
     */
    @Test
    @Order(3)
    void replaying_every_topic_from_offset_0_changes_nothing_and_sends_nothing() throws Exception {
        assertThat(firstRun).as("the first test's run").isNotNull();
        String before = effects();
        Map<TopicPartition, Long> submissions = endOffsets("dip.submissions");
        suite.stop(MDS);
        try (Admin admin = admin()) {
            Set<String> groups = admin.listGroups().all().get().stream().map(g -> g.groupId())
                    .filter(g -> g.startsWith("mds-")).collect(Collectors.toSet());
            assertThat(groups).contains("mds-consumption");
            admin.deleteConsumerGroups(groups).all().get();
            log.info("deleted consumer groups {}", groups);
        }
        suite.start(MDS);
        Map<TopicPartition, Long> if021End = endOffsets(IF021_TOPIC);
        await("the fresh consumer group has read every IF-021 again").atMost(INTAKE)
                .pollInterval(Duration.ofSeconds(1)).until(() -> if021End.equals(committed("mds-consumption")));
        await("the outbox is empty").atMost(Duration.ofMinutes(1))
                .until(() -> count("select count(*) from dip_outbox") == 0);

        assertThat(effects()).isEqualTo(before);
        assertThat(endOffsets("dip.submissions")).as("nothing sent again").isEqualTo(submissions);

        JsonNode run = runSf(day);
        assertThat(run.path("runNumber").asInt()).isEqualTo(2);
        RunAggregates second = aggregates(run);
        assertThat(second.byKey()).isEqualTo(firstRun.byKey());
        assertHandTotals(second);
    }

    // ---- what the tests check --------------------------------------------------------------------------------

    private static void awaitIntake(String transactions, int messages, int findings) {
        await(messages + " IF-021 (" + transactions + ") in the inbox, " + findings + " findings, outbox empty")
                .atMost(INTAKE).pollInterval(Duration.ofMillis(500)).until(() ->
                        count("select count(*) from dip_inbox where transaction_id like ?", transactions) == messages
                                && count("select count(*) from consumption_finding") == findings
                                && count("select count(*) from dip_outbox") == 0);
    }

    /** {@code rows} MPANs with one current version-1 row each on {@code date}, {@code wh} Wh in all. */
    private static void assertDay(LocalDate date, int rows, long wh) throws Exception {
        try (Connection db = suite.database(MDS); PreparedStatement q = db.prepareStatement("""
                select count(*), count(distinct mpan_core), count(*) filter (where version <> 1 or not current),
                       (select sum(v) from consumption c2, unnest(c2.wh) v where c2.settlement_date = ?)
                  from consumption where settlement_date = ?""")) {
            q.setDate(1, Date.valueOf(date));
            q.setDate(2, Date.valueOf(date));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("rows of %s", date).isEqualTo(rows);
                assertThat(rs.getLong(2)).as("MPANs of %s", date).isEqualTo(rows);
                assertThat(rs.getLong(3)).as("second versions of %s", date).isZero();
                assertThat(rs.getLong(4)).as("Wh of %s", date).isEqualTo(wh);
            }
        }
    }

    /** One IF-014 recorded and published per rejected IF-021 (a record published twice keeps its reference). */
    private static void assertOneIf014Each(int rejected) {
        assertThat(count("select count(*) from process_message where direction = 'OUT' and interface_id = 'IF-014'"))
                .isEqualTo(rejected);
        Set<String> references = new HashSet<>();
        int records = 0;
        try (TopicReader reader = TopicReader.fromBeginning(suite.bootstrapServers(), "dip.submissions")) {
            reader.readToEnd();
            for (var record : reader.records()) {
                if (TopicReader.mentions(record, "\"IF-014\"")) {
                    Matcher m = REFERENCE.matcher(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8));
                    assertThat(m.find()).isTrue();
                    references.add(m.group(1));
                    records++;
                }
            }
        }
        log.info("IF-014 on dip.submissions: {} records, {} distinct", records, references.size());
        assertThat(references).hasSize(rejected);
    }

    /** Hand totals of the day's run (see the first test). */
    private static void assertHandTotals(RunAggregates run) {
        for (int period = 1; period <= 48; period++) {
            assertThat(run.kwh(100, period)).as("domestic, period %d", period).isEqualByComparingTo("7960.000");
            assertThat(run.mpans(100, period)).isEqualTo(79_600);
            assertThat(run.kwh(106, period)).as("non-domestic, period %d", period).isEqualByComparingTo("1990.000");
            assertThat(run.mpans(106, period)).isEqualTo(19_900);
            assertThat(run.kwh(103, period)).as("domestic losses, period %d", period).isEqualByComparingTo("398.000");
            assertThat(run.kwh(109, period)).as("non-domestic losses, period %d", period)
                    .isEqualByComparingTo("99.500");
        }
        BigDecimal all = run.rows().stream().map(RunAggregates.Row::kwh).reduce(BigDecimal.ZERO, BigDecimal::add);
        // 48 × (7,960 + 1,990 + 398 + 99.5) = 48 × 10,447.5: no other class has anything
        assertThat(all).isEqualByComparingTo("501480.000");
        // i % 14 picks the GSP group: 99,500 = 14 × 7,107 + 2, so _A and _B have 7,108 MPANs, the others 7,107
        for (int g = 0; g < SyntheticMarket.GSP_GROUPS.length; g++) {
            assertThat(run.mpans(SyntheticMarket.GSP_GROUPS[g], 1, List.of(100, 106)))
                    .as(SyntheticMarket.GSP_GROUPS[g]).isEqualTo(g < 2 ? 7_108 : 7_107);
        }
    }

    /** Counts of every effect the intake has: rows, versions, Wh, findings, messages recorded, inbox, outbox. */
    private static String effects() {
        return "consumption " + count("select count(*) from consumption")
                + ", not current " + count("select count(*) from consumption where not current")
                + ", Wh " + count("select sum(v) from consumption, unnest(wh) v")
                + ", findings " + count("select count(*) from consumption_finding")
                + ", process_message " + count("select count(*) from process_message")
                + ", inbox " + count("select count(*) from dip_inbox")
                + ", outbox " + count("select count(*) from dip_outbox");
    }

    // ---- talking to MDS, PostgreSQL and Kafka ---------------------------------------------------------------

    private static JsonNode runSf(LocalDate date) throws Exception {
        HttpResponse<String> r = http.send(operator("/mds/v1/runs?settlementDate=" + date + "&runType=SF")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JsonMapper.shared().readTree(r.body());
    }

    private static RunAggregates aggregates(JsonNode run) throws Exception {
        HttpResponse<String> r = http.send(operator("/mds/v1/runs/" + run.path("id").asString() + "/aggregates.csv")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        RunAggregates aggregates = RunAggregates.parse(r.body());
        assertThat(aggregates.rows()).hasSize(run.path("aggregates").asInt());
        return aggregates;
    }

    private static HttpRequest.Builder operator(String path) {
        return HttpRequest.newBuilder(URI.create(suite.baseUrl(MDS) + path)).header("X-MDS-Operator-Token", TOKEN)
                .timeout(Duration.ofMinutes(3));
    }

    private static long count(String sql, Object... parameters) {
        try (Connection db = suite.database(MDS); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i] instanceof LocalDate d ? Date.valueOf(d) : parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers()));
    }

    private static Map<TopicPartition, Long> endOffsets(String topic) throws Exception {
        try (Admin admin = admin()) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(
                    p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    private static Map<TopicPartition, Long> committed(String group) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(IF021_TOPIC) && e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    /**
     * The latest day before today whose UK day is GMT from two days before it to its end: its 48 settlement periods
     * are the UTC date's, and the two days before are GMT days too (November to March; at most seven months back,
     * well within the 425 days MDS accepts data for).
     */
    static LocalDate latestWinterDay() {
        ZoneId uk = ZoneId.of("Europe/London");
        LocalDate d = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        while (d.minusDays(2).atStartOfDay(uk).getOffset().getTotalSeconds() != 0
                || d.plusDays(1).atStartOfDay(uk).getOffset().getTotalSeconds() != 0) {
            d = d.minusDays(1);
        }
        return d;
    }
}
