package uk.mhhs.dataservice.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.common.validation.ValidationResult;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.kafka.TopicReader;
import uk.mhhs.testsupport.time.MutableClock;
import uk.mhhs.testsupport.time.MutableClockConfiguration;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Data-service scenarios end to end on the real broker and database: registration's messages are published on
 * {@code dip.pub.<nnn>} as the DIP delivers them, meter data is posted to the REST API, processing is started through
 * the operator API, and what the service sends is read back from {@code dip.submissions}. One shared context and
 * database; each test uses MPANs of its own.
 *
 * <p>Today is {@link #TODAY} 10:00 UTC; the settlement date processed is {@link #DAY} (D-1). Parties: us 9900000003,
 * REGS 9900000002, MDS 9900000005, LSS 9900000004, supplier 1400000001, distributor 2300000004 (GSP group _C).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(database = "data_service_scenarios")
@Import(MutableClockConfiguration.class)
public abstract class DataServiceTestBase {

    public static final String US = "9900000003";
    public static final String REGS = "9900000002";
    public static final String MDS = "9900000005";
    public static final String LSS = "9900000004";
    public static final String SUPPLIER = "1400000001";
    public static final String LDSO = "2300000004";
    public static final String TOKEN = "test-operator-token";
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final LocalDate DAY = TODAY.minusDays(1);
    public static final MutableClock CLOCK = MutableClockConfiguration.CLOCK;

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() & 0xFFFFFFL);
    private static final JsonMapper JSON = JsonMapper.shared();


    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected DipTopics topics;

    @LocalServerPort
    int port;

    protected RestClient http;
    protected TopicReader submissions;

    @BeforeEach
    void startScenario() {
        CLOCK.set(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
        // the operator token on every call, GETs included, as operators' scripts send it
        http = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeader("X-DS-Operator-Token", TOKEN)
                .build();
        submissions = TopicReader.fromNow(topics.submissions());
    }

    @AfterEach
    void endScenario() {
        submissions.close();
    }

    /** A fresh valid MPAN core of distributor 12 (London, _C). */
    protected static String newMpan() {
        String first12 = String.format("12%010d", SEQUENCE.incrementAndGet() % 10_000_000_000L);
        return first12 + MpanCore.checkDigitFor(first12);
    }

    protected static String uk(LocalDate date) {
        return date.atStartOfDay(java.time.ZoneId.of("Europe/London")).toOffsetDateTime()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx"));
    }

    /** IF-036 [DSAppActive] naming us from {@code from}, with the site's facts, and waits until it is applied. */
    protected void appoint(String mpan, String segment, LocalDate from, String consent, String annualConsumption,
                           String energisation, String... meters) {
        ObjectNode custom = JSON.createObjectNode();
        custom.putObject("B012").put("serviceProviderAppointmentRequestingSupplierDIPID", SUPPLIER)
                .put("serviceProviderAppointmentRequestingSupplierMPID", "ALPH");
        custom.putObject("B015").put("incomingDataServiceMPID", "DSVC").put("incomingDataServiceDIPID", US)
                .put("incomingDataServiceEffectiveFromDate", uk(from));
        custom.putObject("B023").put("connectionTypeIndicator", segment.equals("U") ? "U" : segment.equals("A")
                ? "L" : "W").put("connectionTypeEffectiveFromDate", uk(LocalDate.of(2024, 1, 1)))
                .put("energyDirection", "I");
        custom.putObject("B025").put("energisationStatus", energisation)
                .put("energisationStatusEffectiveFromDate", uk(LocalDate.of(2024, 1, 1)));
        custom.putObject("B026").put("marketSegmentIndicator", segment)
                .put("marketSegmentIndicatorEffectiveFromDate", uk(LocalDate.of(2024, 1, 1)));
        if (annualConsumption != null) {
            custom.putObject("B027").put("annualConsumption", annualConsumption)
                    .put("annualConsumptionEffectiveFromDate", uk(LocalDate.of(2025, 1, 1)))
                    .put("annualConsumptionQualityIndicator", "A");
        }
        if (consent != null) {
            custom.putObject("B068").put("consentGranularity", consent)
                    .put("consentGranularityEffectiveFromDate", uk(LocalDate.of(2024, 1, 1)));
        }
        var list = custom.putArray("B905List");
        for (String meter : meters) {
            list.addObject().putObject("existingMeter").put("meterID", meter);
        }
        awaitApplied(publish("IF-036", "[DSAppActive]", REGS, "REGS", mpan, custom));
    }

    /** Publishes a PUB to us as the DIP would; returns its transaction ID. */
    public String publish(String interfaceId, String eventCode, String sender, String role, String mpan,
                             ObjectNode custom) {
        String tx = "T-" + interfaceId + "-" + sender + "-" + SEQUENCE.incrementAndGet();
        ObjectNode payload = JSON.createObjectNode();
        ObjectNode common = payload.putObject("CommonBlock");
        common.putObject("S0").put("interfaceID", interfaceId).put("schemaVersion", "011").put("eventCode", eventCode);
        common.putObject("S1").put("environmentTag", "PRD").putNull("subText")
                .put("senderUniqueReference", "S-" + interfaceId + "-" + sender + "-" + role + "-20261201-" + tx.hashCode())
                .put("senderTimestamp", "2026-12-01T09:00:00+00:00").put("senderDIPID", sender)
                .put("senderRoleID", role).putNull("senderCorrelationID").putNull("DIPConnectionProviderID");
        ObjectNode a0 = common.putObject("A0");
        a0.putArray("primaryRecipients").add(US);
        a0.putArray("secondaryRecipients");
        a0.putArray("always");
        if (mpan != null) {
            common.putObject("M0").put("MPANCore", mpan).put("distributorDIPID", LDSO).put("GSPGroupID", "_C");
        }
        common.putObject("D0").put("transactionID", tx).put("transactionTimestamp", "2026-12-01T09:00:01+00:00")
                .put("publicationID", "PUB-" + interfaceId.substring(3)).putNull("initialCorrelationID")
                .put("replayIndicator", false).putNull("serviceTicketURL");
        payload.set("CustomBlock", custom);
        ObjectNode message = JSON.createObjectNode();
        message.set("payload", payload);
        TopicReader.send(topics.publication(interfaceId), mpan, JSON.writeValueAsBytes(message));
        return tx;
    }

    /** Waits until the message {@code tx} is in the process log; returns its status. */
    public String awaitApplied(String tx) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !jdbc.queryForList(
                "select status from process_message where reference = ?", String.class, tx).isEmpty());
        return jdbc.queryForObject("select status from process_message where reference = ?", String.class, tx);
    }

    /** Posts meter data; returns the answer's status code and body. */
    protected Answer postMeterData(String json) {
        return http.post().uri("/data-service/v1/meter-data").header("X-DS-Operator-Token", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        JSON.readTree(response.getBody())), true);
    }

    /** Runs the processing now (operator API) for {@code date} (queues every appointed MPAN first). */
    protected JsonNode runProcessing(LocalDate date) {
        return http.post().uri("/data-service/v1/processing/runs?date=" + date)
                .header("X-DS-Operator-Token", TOKEN).retrieve().body(JsonNode.class);
    }

    /**
     * The IF-021 of {@code mpan}, {@code mq} and UTC {@code date} sent since the test began (waits for one); checked
     * against the spec.
     */
    protected If021 awaitIf021(String mpan, String mq, LocalDate date) {
        ConsumerRecord<String, byte[]> record = submissions.await(r -> mpan.equals(r.key())
                && TopicReader.mentions(r, "\"IF-021\"") && TopicReader.mentions(r, "\"" + mq + "\"")
                && TopicReader.mentions(r, "\"settlementDayDate\":\"" + date + "T00:00:00+00:00\""));
        JsonNode message = JSON.readTree(record.value());
        ValidationResult result = new MessageValidator(MessageValidator.Mode.DIP, CLOCK, Duration.ofMinutes(5))
                .validate("IF-021", message.path("payload"));
        assertThat(result.violations()).as("IF-021 validates against the spec").isEmpty();
        return new If021(message.path("payload"));
    }

    /** All IF-021 about {@code mpan} read so far. */
    protected List<ConsumerRecord<String, byte[]>> if021Sent(String mpan) {
        submissions.poll();
        return submissions.records().stream().filter(r -> mpan.equals(r.key())
                && TopicReader.mentions(r, "\"IF-021\"")).toList();
    }

    /** 48 interval values as a meter-data row for {@code date}: value i = {@code values[i]}, null skipped. */
    protected static String row(String mpan, String meter, String role, String mq, LocalDate date, String[] values) {
        StringBuilder periods = new StringBuilder();
        for (int i = 0; i < 48; i++) {
            if (values[i] == null) {
                continue;
            }
            if (periods.length() > 0) {
                periods.append(',');
            }
            periods.append("{\"end\":\"").append(date.atStartOfDay(ZoneOffset.UTC).plusMinutes(30L * (i + 1))
                    .toInstant()).append("\",\"kwh\":\"").append(values[i]).append("\"}");
        }
        return "{\"mpan\":\"" + mpan + "\",\"meterId\":\"" + meter + "\",\"meterRole\":\"" + role
                + "\",\"quantity\":\"" + mq + "\",\"periods\":[" + periods + "]}";
    }

    protected static String batch(String... rows) {
        return "{\"rows\":[" + String.join(",", rows) + "]}";
    }

    /** The status code and JSON body of an answer. */
    public record Answer(int status, JsonNode body) {
    }

    /** A typed view of a sent IF-021's parts the tests check. */
    public record If021(JsonNode payload) {

        public String role() {
            return payload.path("CommonBlock").path("S1").path("senderRoleID").asString();
        }

        public List<String> recipients() {
            return payload.path("CommonBlock").path("A0").path("primaryRecipients").values().stream()
                    .map(JsonNode::asString).toList();
        }

        public String eventCode() {
            return payload.path("CommonBlock").path("S0").path("eventCode").asString();
        }

        public String day() {
            return payload.path("CustomBlock").path("B900").path("settlementDayConsumptionPeriods").path(0)
                    .path("settlementDay").path("settlementDayDate").asString();
        }

        private JsonNode periods() {
            return payload.path("CustomBlock").path("B900").path("settlementDayConsumptionPeriods").path(0)
                    .path("consumptionPeriods");
        }

        public int size() {
            return periods().size();
        }

        /** Period i (0-based): {@code "v q e arc"}, e.g. {@code "0.250 E0 2 null"}. */
        public String period(int i) {
            JsonNode p = periods().path(i);
            return p.path("v").asString() + " " + p.path("q").asString() + " " + text(p.path("e")) + " "
                    + text(p.path("arc"));
        }

        public String sp(int i) {
            return periods().path(i).path("sp").asString();
        }

        private static String text(JsonNode node) {
            return node.isNull() ? "null" : node.asString();
        }

        public Map<String, Long> qualityCounts() {
            return periods().values().stream().collect(java.util.stream.Collectors.groupingBy(
                    p -> p.path("q").asString(), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        }
    }
}
