package uk.mhhs.mds.it;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.schedule.StepScheduler;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The monthly annual consumption (IF-040) on the real broker and database, through the kit's scheduler on
 * 1 December 2026 (the test clock: 10:00 UK, after 03:00). Registration arrives as IF-001; a year of consumption is
 * written straight into {@code consumption} (365 IF-021 per MPAN through the intake would only test the intake
 * again, which {@link ConsumptionIntakeTest} does). The year is 1 Dec 2025 … 30 Nov 2026: 365 days.
 */
@SpringBootTest
@RealServers(database = "mds_scenarios")
@Import(ConsumptionIntakeTest.TestClock.class)
class AnnualConsumptionTest {

    private static final String REGS = MdsScenario.REGS;
    private static final String DS = MdsScenario.DS;
    private static final String SUPPLIER = MdsScenario.SUPPLIER;
    private static final String LDSO = MdsScenario.LDSO;
    private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);
    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DipTopics topics;
    @Autowired
    StepScheduler scheduler;

    @Test
    void on_the_1st_each_registered_mpan_gets_an_if040_from_its_last_12_months_and_on_the_2nd_nothing_runs() {
        String actual = registered("2000.000");
        String estimated = registered("2000.000");
        String noData = registered("3100.000");
        // 365 days × 10.000 kWh, all actual (10,000 Wh in period 1, zeros after); a day before the year, 999 kWh,
        // is outside it
        year(actual, 10_000, "A");
        day(actual, LocalDate.of(2025, 11, 30), 999_000, "A");
        // 365 days × 5.000 kWh, all estimated
        year(estimated, 5_000, "E1");

        try (TopicReader submissions = TopicReader.fromNow(topics.submissions())) {
            scheduler.runDue(FIRST);

            // 3650.000 × 365 ÷ 365 = 3650.000, every day actual → A
            JsonNode a = if040(submissions, actual);
            assertThat(b059(a)).isEqualTo("3650.000 2026-12-01T00:00:00+00:00 A");
            assertThat(a.path("CommonBlock").path("A0").path("primaryRecipients").values().stream()
                    .map(JsonNode::asString).toList()).containsExactly(REGS, SUPPLIER, DS, LDSO);
            // 365 × 5.000 = 1825.000, every day estimated → 3
            assertThat(b059(if040(submissions, estimated))).isEqualTo("1825.000 2026-12-01T00:00:00+00:00 3");
            // no day with data: the registered AC with quality D
            assertThat(b059(if040(submissions, noData))).isEqualTo("3100.000 2026-12-01T00:00:00+00:00 D");
        }
        assertThat(jdbc.queryForObject("select outcome from daily_run where job = 'mds-annual-consumption'"
                + " and run_on = ?", String.class, Date.valueOf(FIRST))).endsWith("IF-040");

        scheduler.runDue(FIRST.plusDays(1));
        assertThat(jdbc.queryForObject("select outcome from daily_run where job = 'mds-annual-consumption'"
                + " and run_on = ?", String.class, Date.valueOf(FIRST.plusDays(1)))).isEqualTo("not the 1st of a month");
    }

    // --- helpers ---

    private JsonNode if040(TopicReader submissions, String mpan) {
        var record = submissions.await(r -> mpan.equals(r.key()) && TopicReader.mentions(r, "\"IF-040\""));
        JsonNode payload = JSON.readTree(record.value()).path("payload");
        assertThat(new MessageValidator(MessageValidator.Mode.DIP, ConsumptionIntakeTest.CLOCK, Duration.ofMinutes(5))
                .validate("IF-040", payload).violations()).isEmpty();
        return payload;
    }

    private static String b059(JsonNode payload) {
        JsonNode b059 = payload.path("CustomBlock").path("B059");
        return b059.path("annualConsumption").asString() + " "
                + b059.path("annualConsumptionEffectiveFromDate").asString() + " "
                + b059.path("annualConsumptionQualityIndicator").asString();
    }

    /** One current AI row a day from 1 Dec 2025 to 30 Nov 2026: {@code wh} in period 1, zero in the rest. */
    private void year(String mpan, long wh, String q) {
        jdbc.update("""
                insert into consumption (settlement_date, mpan_core, mq, version, current, wh, q, transaction_id,
                                         sender_dip_id)
                select d::date, ?, 'AI', 1, true, array[?::bigint] || array_fill(0::bigint, array[47]),
                       array_fill(?::varchar, array[48]), 'T-seed-' || d::date, ?
                  from generate_series(date '2025-12-01', date '2026-11-30', interval '1 day') d""",
                Long.parseLong(mpan), wh, q, DS);
    }

    private void day(String mpan, LocalDate date, long wh, String q) {
        jdbc.update("""
                insert into consumption (settlement_date, mpan_core, mq, version, current, wh, q, transaction_id,
                                         sender_dip_id)
                values (?, ?, 'AI', 1, true, array[?::bigint] || array_fill(0::bigint, array[47]),
                        array_fill(?::varchar, array[48]), 'T-seed', ?)""",
                Date.valueOf(date), Long.parseLong(mpan), wh, q, DS);
    }

    /** A fresh MPAN registered (IF-001) from 1 Nov 2025 to ALPH with DS appointed and the given AC. */
    private String registered(String ac) {
        return new MdsScenario(jdbc, topics).register(MdsScenario.Registration.from(LocalDate.of(2025, 11, 1))
                .withDataService().annualConsumption(ac));
    }
}
