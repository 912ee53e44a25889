package uk.mhhs.mds.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.dip.If021Message;
import uk.mhhs.testsupport.kafka.TopicReader;
import uk.mhhs.testsupport.time.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * IF-021 into MDS end to end on the real broker and database: registration's IF-001 and IF-036 delivered first (the
 * registration view), then IF-021 as the DIP delivers it; what MDS stores is read from {@code consumption}, what it
 * answers from {@code dip.submissions}. Each ECS code is proven by the rules' own table-driven tests; here one
 * rejection, the warning, acceptance and supersession go through Kafka and PostgreSQL.
 */
@SpringBootTest
@RealServers(database = "mds_scenarios")
@Import(ConsumptionIntakeTest.TestClock.class)
class ConsumptionIntakeTest {

    static final String DS = MdsScenario.DS;
    static final String SUPPLIER = MdsScenario.SUPPLIER;
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    static final MutableClock CLOCK = new MutableClock(DAY.plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC));
    private static final JsonMapper JSON = JsonMapper.shared();

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DipTopics topics;

    TopicReader submissions;
    MdsScenario scenario;

    @BeforeEach
    void read() {
        submissions = TopicReader.fromNow(topics.submissions());
        scenario = new MdsScenario(jdbc, topics);
    }

    @AfterEach
    void close() {
        submissions.close();
    }

    @Test
    void an_accepted_day_is_stored_with_its_transaction_and_a_newer_one_supersedes_it_keeping_both() {
        String mpan = registered("E");
        String first = scenario.deliver(If021Message.from(DS).mpanCore(mpan).settlementDay(DAY).allPeriods("0.250"));

        scenario.awaitStored(mpan, 1);
        String second = scenario.deliver(If021Message.from(DS).mpanCore(mpan).settlementDay(DAY).allPeriods("0.300"));
        scenario.awaitStored(mpan, 2);

        // version 1: 48 × 250 Wh, no longer current; version 2: 48 × 300 Wh, current; each names its transaction
        assertThat(jdbc.queryForList("""
                        select version || ' ' || current || ' ' || (select sum(v) from unnest(wh) v) || ' ' || transaction_id
                          from consumption where mpan_core = ? and settlement_date = ? order by version""",
                String.class, Long.parseLong(mpan), java.sql.Date.valueOf(DAY)))
                .containsExactly("1 false 12000 " + first, "2 true 14400 " + second);
    }

    @Test
    void a_negative_value_is_rejected_with_if014_to_the_data_service_and_supplier_and_nothing_is_stored() {
        String mpan = registered("E");
        String tx = scenario.deliver(If021Message.from(DS).mpanCore(mpan).settlementDay(DAY).allPeriods("0.100")
                .periodValue(7, "-0.500"));

        JsonNode if014 = awaitIf014(mpan);
        assertThat(if014.path("CommonBlock").path("S0").path("eventCode").asString())
                .isEqualTo("[ActivePowerRejected]");
        assertThat(if014.path("CommonBlock").path("R0").path("responseCode").asString()).isEqualTo("R");
        assertThat(if014.path("CommonBlock").path("R0").path("responseMessages").path(0).asString())
                .isEqualTo("ECS1010 - Consumption Value cannot be negative");
        assertThat(recipients(if014)).containsExactly(DS, SUPPLIER);
        assertThat(jdbc.queryForObject("select count(*) from consumption where mpan_core = ?", Integer.class,
                Long.parseLong(mpan))).isZero();
        assertThat(jdbc.queryForObject("select codes[1] from consumption_finding where transaction_id = ?",
                String.class, tx)).isEqualTo("ECS1010");
    }

    @Test
    void actual_consumption_on_a_de_energised_mpan_is_stored_with_a_warning() {
        String mpan = registered("D");
        scenario.deliver(If021Message.from(DS).mpanCore(mpan).settlementDay(DAY).allPeriods("0.100"));

        JsonNode if014 = awaitIf014(mpan);
        assertThat(if014.path("CommonBlock").path("S0").path("eventCode").asString())
                .isEqualTo("[ConsumptionOnDeEnergisedMPAN]");
        assertThat(if014.path("CommonBlock").path("R0").path("responseCode").asString()).isEqualTo("W");
        assertThat(if014.path("CommonBlock").path("R0").path("responseMessages").path(0).asString())
                .isEqualTo("Actual Consumption recorded for ECS De-Energised MPAN");
        scenario.awaitStored(mpan, 1);
        assertThat(jdbc.queryForObject("select warning from consumption where mpan_core = ?", Boolean.class,
                Long.parseLong(mpan))).isTrue();
    }

    @Test
    void data_from_a_data_service_that_is_not_appointed_is_rejected() {
        String mpan = registered("E");
        scenario.deliver(If021Message.from("1100000002").mpanCore(mpan).settlementDay(DAY).allPeriods("0.100"));

        JsonNode if014 = awaitIf014(mpan);
        assertThat(if014.path("CommonBlock").path("R0").path("responseMessages").path(0).asString())
                .startsWith("RCP1009");
        assertThat(recipients(if014)).contains("1100000002");
    }

    @Test
    void a_de_appointment_naming_the_incoming_data_service_hands_over_to_it_whichever_message_comes_first() {
        // METD (DS) from 1 Jan 2026; from DAY a change of supplier brings 1100000002. Registration sends IF-036 for the
        // newcomer and IF-037 for METD (to DAY - 1, B011 the newcomer) on two topics: here the IF-036 comes first.
        String mpan = registered("E");
        String incoming = "1100000002";
        scenario.awaitApplied(scenario.fromRegs("IF-036", "[DSAppActive]", mpan, """
                {"B015":{"incomingDataServiceMPID":"DATB","incomingDataServiceDIPID":"%s",
                         "incomingDataServiceEffectiveFromDate":"%sT00:00:00+00:00","contractReferenceDataService":null,
                         "appointmentScenario":"COS","traditionalFallBackReadFrequency":null}}""".formatted(incoming, DAY)));
        scenario.awaitApplied(scenario.fromRegs("IF-037", "[DSDeApp]", mpan, """
                {"B009":{"deAppointedDataServiceDIPID":"%s","deAppointedDataServiceMPID":"METD",
                         "dataServiceEffectiveFromDate":"2026-01-01T00:00:00+00:00",
                         "dataServiceEffectiveToDate":"%sT00:00:00+00:00","deAppointmentReasonCode":"CSUPP"},
                 "B011":{"incomingDataServiceDIPID":"%s","incomingDataServiceMPID":"DATB",
                         "incomingDataServiceEffectiveFromDate":"%sT00:00:00+00:00"}}"""
                .formatted(DS, DAY.minusDays(1), incoming, DAY)));

        scenario.deliver(If021Message.from(incoming).mpanCore(mpan).settlementDay(DAY).allPeriods("0.100"));

        scenario.awaitStored(mpan, 1); // before the fix METD's IF-037 ended every DS from DAY: RCP1009, nothing stored
    }

    // --- helpers ---

    /** A fresh MPAN registered from 1 Jan 2026 (IF-001) with DS appointed (IF-036), energisation as given. */
    private String registered(String energisation) {
        LocalDate from = LocalDate.of(2026, 1, 1);
        String mpan = scenario.register(MdsScenario.Registration.from(from).energisation(energisation).tariff("DOM")
                .segment("S"));
        String if036 = """
                {"B015":{"incomingDataServiceMPID":"METD","incomingDataServiceDIPID":"%s",
                         "incomingDataServiceEffectiveFromDate":"%sT00:00:00+00:00","contractReferenceDataService":null,
                         "appointmentScenario":"MCS","traditionalFallBackReadFrequency":null}}""".formatted(DS, from);
        scenario.awaitApplied(scenario.fromRegs("IF-036", "[DSAppActive]", mpan, if036));
        return mpan;
    }

    private JsonNode awaitIf014(String mpan) {
        ConsumerRecord<String, byte[]> record = submissions.await(r -> mpan.equals(r.key())
                && TopicReader.mentions(r, "\"IF-014\""));
        JsonNode payload = JSON.readTree(record.value()).path("payload");
        assertThat(new MessageValidator(MessageValidator.Mode.DIP, CLOCK, Duration.ofMinutes(5))
                .validate("IF-014", payload).violations()).isEmpty();
        return payload;
    }

    private static List<String> recipients(JsonNode payload) {
        return payload.path("CommonBlock").path("A0").path("primaryRecipients").values().stream()
                .map(JsonNode::asString).toList();
    }
}
