package uk.mhhs.registration.process;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.common.validation.ValidationResult;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.schedule.StepScheduler;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.kafka.TopicReader;
import uk.mhhs.testsupport.time.MutableClock;
import uk.mhhs.testsupport.time.MutableClockConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario tests of the registration processes, end to end through the real broker and database: ISD rows are
 * published on the real {@code isd.*} topics, an incoming message is published on its {@code dip.pub.<nnn>} topic
 * as the DIP would deliver it, and what REGS sends is read back from {@code dip.submissions}. Every scenario test
 * class shares one Spring context and database ({@code registration_processes}); each test uses MPANs of its own.
 *
 * <p>Today is {@link #TODAY} (the injected clock) unless a test moves {@link #CLOCK}; the scheduler's own tick is
 * off, tests run due steps with {@link #runScheduler(LocalDate)}.
 *
 * <p>ISD participants (DIP ID, MPID, role): suppliers 1400000001 ALPH, 1400000002 BRVO; smart MS 1200000001 MTRA,
 * 1200000002 MTRB; advanced MS 1200000003 MTRC; smart DS 1100000001 METD, 1100000002 DATB; advanced DS 1100000003
 * ADVD; LDSO 2300000004 LOND = distributor 12 (GSP group _C).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mhhs.scheduler.enabled=false",
        "mhhs.registration.parties.isd-refresh-interval=PT0S"})
@RealServers(database = "registration_processes")
@Import(MutableClockConfiguration.class)
public abstract class ProcessTestBase {

    public static final String REGS = "9900000002";
    public static final String MDS = "9900000005";
    public static final String LSS = "9900000004";
    public static final String LDSO = "2300000004";
    public static final String ALPH = "1400000001";
    public static final String BRVO = "1400000002";
    public static final String MTRA = "1200000001";
    public static final String MTRB = "1200000002";
    public static final String MTRC = "1200000003";
    public static final String METD = "1100000001";
    public static final String DATB = "1100000002";
    public static final String ADVD = "1100000003";

    /** Today in the tests, 10:00 UTC. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final MutableClock CLOCK = MutableClockConfiguration.CLOCK;

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() & 0xFFFFFFL);
    private static volatile boolean isdPublished;


    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected DipTopics topics;

    @Autowired
    protected StepScheduler scheduler;

    private TopicReader submissions;

    @BeforeEach
    void startScenario() {
        CLOCK.set(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
        if (!isdPublished) {
            publishIsd();
            isdPublished = true;
        }
        submissions = TopicReader.fromNow(topics.submissions());
    }

    @AfterEach
    void stopScenario() {
        submissions.close();
    }

    private void publishIsd() {
        participant("ALPH", "X", "SUP", ALPH);
        participant("BRVO", "X", "SUP", BRVO);
        participant("MTRA", "MSS", "MSS", MTRA);
        participant("MTRB", "MSS", "MSS", MTRB);
        participant("MTRC", "MSA", "MSA", MTRC);
        participant("METD", "SDS", "SDS", METD);
        participant("DATB", "SDS", "SDS", DATB);
        participant("ADVD", "ADS", "ADS", ADVD);
        participant("LOND", "R", "LDSO", LDSO);
        ObjectNode distributor = JsonMapper.shared().createObjectNode();
        distributor.put("distributor_id", 12);
        distributor.put("mpid", "LOND");
        distributor.put("distributor_name", "London Distribution");
        distributor.put("gsp_group_id", "_C");
        isdRow("distributor", "12", distributor);
    }

    private void participant(String mpid, String marketRole, String dipRole, String dipId) {
        ObjectNode values = JsonMapper.shared().createObjectNode();
        values.put("mpid", mpid);
        values.put("market_role", marketRole);
        values.put("dip_role", dipRole);
        values.put("dip_id", dipId);
        values.put("participant_name", mpid + " Ltd");
        isdRow("market-participant", mpid + "|" + marketRole + "|" + dipRole, values);
    }

    /** Publishes one ISD row (version 1, valid from 2020-01-01, open-ended) as the ISD service does. */
    protected void isdRow(String entity, String naturalKey, ObjectNode values) {
        ObjectNode row = JsonMapper.shared().createObjectNode();
        row.put("entity", entity);
        row.put("key", naturalKey);
        row.put("version", 1);
        row.put("effectiveFrom", "2020-01-01");
        row.putNull("effectiveTo");
        row.set("values", values);
        TopicReader.send(topics.prefix() + "isd." + entity, naturalKey + "|2020-01-01|v1",
                JsonMapper.shared().writeValueAsBytes(row));
    }

    /**
     * Registers a smart, domestic, energised, whole-current import MPAN in distributor 12 (GSP group _C) from
     * 2024-03-01, with supplier ALPH, MS MTRA and DS METD from 2024-04-01 (scenario MCA), DUoS tariff DOM, consent
     * granularity H, postcode SW1A 1AA, address "1 Test Street" / "London", meter M1 (type S2A, MAP MAPA,
     * location A, 5 digits, installed 2024-03-01), annual consumption 3100.000 kWh (quality A) from 2025-11-01.
     */
    protected void givenSmartMpan(String mpan) {
        long key = Long.parseLong(mpan);
        jdbc.update("insert into mpan (mpan_core, distributor_id, created_from) values (?, 12, date '2024-03-01')", key);
        jdbc.update("insert into gsp_group_history values (?, date '2024-03-01', '_C')", key);
        jdbc.update("insert into address_history values (?, date '2024-03-01', 'SW1A 1AA', ?)", key,
                new String[] {"1 Test Street", "London"});
        jdbc.update("insert into connection_history values (?, date '2024-03-01', 'W', 'I', true)", key);
        jdbc.update("insert into duos_tariff_history values (?, date '2024-03-01', 'DOM')", key);
        jdbc.update("insert into energisation_history values (?, date '2024-03-01', 'E')", key);
        jdbc.update("insert into market_segment_history values (?, date '2024-03-01', 'S')", key);
        jdbc.update("insert into domestic_premise_history values (?, date '2024-03-01', true)", key);
        jdbc.update("insert into consent_granularity_history values (?, date '2024-03-01', 'H')", key);
        jdbc.update("insert into annual_consumption_history values (?, date '2025-11-01', 3100.000, 'A')", key);
        jdbc.update("""
                insert into meter (mpan_core, meter_id, installed_on, meter_type, map_mpid, meter_location,
                                   displayed_digits) values (?, 'M1', date '2024-03-01', 'S2A', 'MAPA', 'A', 5)""", key);
        jdbc.update("insert into supplier_registration (mpan_core, effective_from, supplier_dip_id, supplier_mpid)"
                + " values (?, date '2024-04-01', ?, 'ALPH')", key, ALPH);
        jdbc.update("insert into appointment (mpan_core, service, effective_from, dip_id, mpid, scenario)"
                + " values (?, 'MS', date '2024-04-01', ?, 'MTRA', 'MCA')", key, MTRA);
        jdbc.update("insert into appointment (mpan_core, service, effective_from, dip_id, mpid, scenario)"
                + " values (?, 'DS', date '2024-04-01', ?, 'METD', 'MCA')", key, METD);
    }

    /**
     * Publishes {@code interfaceId} {@code eventCode} from {@code senderDipId} in {@code senderRole} about
     * {@code mpan} (M0: LDSO 2300000004, GSP group _C) on its PUB topic, as the DIP delivers it to REGS; the message
     * is first checked against the official schema, so scenario inputs are valid messages.
     *
     * @return its D0.transactionID
     */
    protected String receive(String interfaceId, String eventCode, String senderDipId, String senderRole,
                             String mpan, ObjectNode custom) {
        String nnn = interfaceId.substring(3);
        String transactionId = "T-" + interfaceId + "-" + SEQUENCE.incrementAndGet();
        String now = uk.mhhs.common.time.DipTimestamps.format(CLOCK.instant().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        ObjectNode payload = JsonMapper.shared().createObjectNode();
        ObjectNode common = payload.putObject("CommonBlock");
        ObjectNode s0 = common.putObject("S0");
        s0.put("interfaceID", interfaceId);
        s0.put("schemaVersion", "011");
        s0.put("eventCode", eventCode);
        ObjectNode s1 = common.putObject("S1");
        s1.put("environmentTag", "PRD");
        s1.putNull("subText");
        s1.put("senderUniqueReference", "S-" + interfaceId + "-" + senderDipId + "-" + senderRole + "-"
                + CLOCK.instant().atOffset(ZoneOffset.UTC).toLocalDate().toString().replace("-", "") + "-"
                + SEQUENCE.incrementAndGet());
        s1.put("senderTimestamp", now);
        s1.put("senderDIPID", senderDipId);
        s1.put("senderRoleID", senderRole);
        s1.putNull("senderCorrelationID");
        s1.putNull("DIPConnectionProviderID");
        ObjectNode a0 = common.putObject("A0");
        a0.putArray("primaryRecipients").add(REGS);
        a0.putArray("secondaryRecipients");
        a0.putArray("always");
        ObjectNode m0 = common.putObject("M0");
        m0.put("MPANCore", mpan);
        m0.put("distributorDIPID", LDSO);
        m0.put("GSPGroupID", "_C");
        ObjectNode d0 = common.putObject("D0");
        d0.put("transactionID", transactionId);
        d0.put("transactionTimestamp", now);
        d0.put("publicationID", "PUB-" + nnn);
        d0.putNull("initialCorrelationID");
        d0.put("replayIndicator", false);
        d0.putNull("serviceTicketURL");
        payload.set("CustomBlock", custom);
        ValidationResult valid = new MessageValidator(MessageValidator.Mode.RECIPIENT, CLOCK, Duration.ofMinutes(5))
                .validate(interfaceId, payload);
        assertThat(valid.violations()).as("the scenario's %s input is a valid message", interfaceId).isEmpty();
        ObjectNode message = JsonMapper.shared().createObjectNode();
        message.set("payload", payload);
        TopicReader.send(topics.publication(interfaceId), mpan, JsonMapper.shared().writeValueAsBytes(message));
        return transactionId;
    }

    /** Waits until REGS has processed {@code transactionId}; returns its status (ACCEPTED / REJECTED) and codes. */
    protected Outcome awaitProcessed(String transactionId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc.queryForObject(
                "select count(*) from process_message where direction = 'IN' and reference = ?", Long.class,
                transactionId) > 0);
        return jdbc.queryForObject("select status, codes from process_message where direction = 'IN' and reference = ?",
                (rs, n) -> new Outcome(rs.getString("status"), List.of((String[]) rs.getArray("codes").getArray())),
                transactionId);
    }

    /** The status of an incoming message and the REG codes it was rejected with. */
    public record Outcome(String status, List<String> codes) {
    }

    /** Runs the scheduler's due steps as at {@code today}, with the clock moved to that day. */
    protected void runScheduler(LocalDate today) {
        CLOCK.set(today.atTime(2, 0).toInstant(ZoneOffset.UTC));
        scheduler.runDue(today);
    }

    /**
     * The interface and event of every message REGS has sent about {@code mpan} since the test began, in order,
     * e.g. {@code IF-032 [MSAppInitialResp]} (from the log written with the outbox rows).
     */
    protected List<String> sentLog(String mpan, long sinceId) {
        return jdbc.queryForList("""
                select interface_id || ' ' || event_code from process_message
                 where direction = 'OUT' and mpan_core = ? and id > ? order by id""", String.class, mpan, sinceId);
    }

    /** The id of the last log row, to take {@link #sentLog} from. */
    protected long logMark() {
        Long id = jdbc.queryForObject("select max(id) from process_message", Long.class);
        return id == null ? 0 : id;
    }

    /**
     * Waits until at least {@code count} messages about {@code mpan} have arrived on {@code dip.submissions} since
     * the test began, and returns all of them (in the order sent), each checked against the official schema.
     */
    protected List<JsonNode> awaitSubmitted(String mpan, int count) {
        List<JsonNode> found = submissions.awaitAll(record -> mpan.equals(record.key()), count,
                        TopicReader.DEFAULT_WAIT).stream()
                .map(record -> JsonMapper.shared().readTree(record.value()).path("payload")).toList();
        MessageValidator validator = new MessageValidator(MessageValidator.Mode.DIP, CLOCK, Duration.ofMinutes(5));
        for (JsonNode payload : found) {
            String id = payload.path("CommonBlock").path("S0").path("interfaceID").asString();
            assertThat(validator.validate(id, payload).violations()).as("%s validates against the spec", id).isEmpty();
        }
        return found;
    }

    /** The one submitted message of {@code interfaceId} and {@code eventCode} among {@code messages}. */
    protected static JsonNode only(List<JsonNode> messages, String interfaceId, String eventCode) {
        List<JsonNode> matching = messages.stream()
                .filter(m -> interfaceId.equals(m.path("CommonBlock").path("S0").path("interfaceID").asString())
                        && eventCode.equals(m.path("CommonBlock").path("S0").path("eventCode").asString()))
                .toList();
        assertThat(matching).as("exactly one %s %s", interfaceId, eventCode).hasSize(1);
        return matching.get(0);
    }

    /** The primary recipients of a submitted message, as a set. */
    protected static Set<String> recipients(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.path("CommonBlock").path("A0").path("primaryRecipients").forEach(n -> ids.add(n.asString()));
        return Set.copyOf(ids);
    }

    /** A fresh MPAN core in distributor 12 with a right check digit, unique in this test JVM. */
    protected static String newMpan() {
        String first12 = "12" + String.format("%010d", SEQUENCE.incrementAndGet() % 10_000_000_000L);
        return first12 + uk.mhhs.common.mpan.MpanCore.checkDigitFor(first12);
    }

    protected static ObjectNode object() {
        return JsonMapper.shared().createObjectNode();
    }

    static Instant at(LocalDate date) {
        return date.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
