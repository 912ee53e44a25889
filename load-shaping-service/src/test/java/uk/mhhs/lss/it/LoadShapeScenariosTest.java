package uk.mhhs.lss.it;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.lss.calculation.ShapeCalculation;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.dip.If021Message;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Load shapes end to end on the real broker and database: IF-021 published on {@code dip.pub.021} as the DIP delivers
 * them, the calculation run by the operator API (or directly), the shapes read back through the read API and the
 * IF-022 / IF-023 from {@code dip.submissions}. The minimum sample is 4 here ({@code config/application.yml}); each
 * test uses dates and categories of its own. Values are worked by hand beside each assertion.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(database = "lss_scenarios")
class LoadShapeScenariosTest {

    private static final String LSS = "9900000004";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() & 0xFFFFFFL);
    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DipTopics topics;
    @Autowired
    ShapeCalculation calculation;
    @LocalServerPort
    int port;

    @Test
    void the_period_value_is_the_mean_of_the_actual_values_and_estimates_are_left_out() {
        LocalDate day = LocalDate.of(2026, 11, 10);
        try (TopicReader submissions = TopicReader.fromNow(topics.submissions())) {
            deliver(day, "_C", "W", "0.200", null);
            deliver(day, "_C", "W", "0.300", null);
            deliver(day, "_C", "W", "0.250", null);
            deliver(day, "_C", "W", "0.450", null);
            deliver(day, "_C", "W", "0.900", "E2"); // an estimate: not in the mean
            awaitStored(day, 5);

            JsonNode answer = calculate(day);

            assertThat(answer.path("run").asInt()).isEqualTo(1);
            // (0.200 + 0.300 + 0.250 + 0.450) / 4 = 1.200 / 4 = 0.300, the category's own sample of 4: flag A
            assertThat(period(day, "_C", "W", "any", 0)).isEqualTo("0.300 A");
            assertThat(period(day, "_C", "W", "any", 47)).isEqualTo("0.300 A");
            JsonNode if022 = awaitPublished(submissions, "IF-022", day);
            assertThat(if022.path("CustomBlock").path("B903List").path(0).path("LSGSettlementPeriods").size())
                    .isGreaterThanOrEqualTo(1);
            awaitPublished(submissions, "IF-023", day);
        }
    }

    @Test
    void a_thin_category_falls_back_to_the_national_shape_with_flag_d() {
        LocalDate day = LocalDate.of(2026, 11, 11);
        deliver(day, "_A", "W", "0.100", null);
        deliver(day, "_A", "W", "0.100", null);
        deliver(day, "_B", "W", "0.400", null);
        deliver(day, "_B", "W", "0.400", null);
        deliver(day, "_B", "W", "0.400", null);
        awaitStored(day, 5);

        calculate(day);

        // _A has 2 and _B 3 (< 4): national any has 5: (2 × 0.100 + 3 × 0.400) / 5 = 1.400 / 5 = 0.280, flag D
        assertThat(period(day, "_A", "W", "any", 12)).isEqualTo("0.280 D");
        assertThat(period(day, "_B", "W", "any", 12)).isEqualTo("0.280 D");
        // the national shape itself has its own sample of 5: flag A
        assertThat(period(day, "national", "W", "any", 12)).isEqualTo("0.280 A");
    }

    @Test
    void a_category_without_enough_data_anywhere_gets_the_back_stop() {
        LocalDate day = LocalDate.of(2026, 11, 12);
        deliver(day, "_A", "L", "0.500", null); // one LV CT MPAN in the country: below the sample of 4
        awaitStored(day, 1);

        calculate(day);

        // configured category (_P, L, S, T, AI): no level reaches 4 but national any has an actual value: flag E,
        // value from the same weekday a week before (none) else the standard shape, 0.250
        assertThat(period(day, "_P", "L", "T", 20)).isEqualTo("0.250 E");
        // a date with no data at all: only the configured category, flag B, the standard shape
        LocalDate empty = LocalDate.of(2026, 11, 13);
        calculate(empty);
        assertThat(period(empty, "_P", "L", "T", 20)).isEqualTo("0.250 B");
    }

    @Test
    void seven_day_and_annual_totals_over_a_clock_change_week() {
        // 26 March to 1 April 2026 (the UK clocks go forward on the 29th; UTC dates keep 48 periods)
        LocalDate first = LocalDate.of(2026, 3, 26);
        for (int d = 0; d < 7; d++) {
            LocalDate day = first.plusDays(d);
            for (int m = 0; m < 4; m++) {
                deliver(day, "_D", "W", "0.500", null);
            }
            awaitStored(day, 4);
            calculate(day);
        }
        JsonNode totals = http().get().uri("/lss/load-shape-totals?settlementDate=2026-04-01&gspGroupId=_D"
                + "&connectionType=W&marketSegment=S&domesticPremiseIndicator=any&measurementQuantityId=AI")
                .retrieve().body(JsonNode.class).path("data").path(0);
        // every period 0.500: day 48 × 0.5 = 24.000; peak periods 15-48 = 34 × 0.5 = 17.000; off-peak 1-14 = 7.000
        assertThat(totals.path("loadShapeDayTotal").decimalValue()).isEqualByComparingTo("24.000");
        assertThat(totals.path("loadShapeDayPeakTotal").decimalValue()).isEqualByComparingTo("17.000");
        assertThat(totals.path("loadShapeDayOffPeakTotal").decimalValue()).isEqualByComparingTo("7.000");
        // 7 days: 7 × 24 = 168.000, 7 × 17 = 119.000, 7 × 7 = 49.000
        assertThat(totals.path("loadShape7DayRollingTotal").decimalValue()).isEqualByComparingTo("168.000");
        assertThat(totals.path("loadShape7DayRollingPeakTotal").decimalValue()).isEqualByComparingTo("119.000");
        assertThat(totals.path("loadShape7DayRollingOffPeakTotal").decimalValue()).isEqualByComparingTo("49.000");
        // the rolling year has 7 days present: 168 × 365 / 7 = 8760.000
        assertThat(totals.path("loadShapeRollingAnnualTotal").decimalValue()).isEqualByComparingTo("8760.000");
    }

    @Test
    void late_data_that_moves_the_sample_makes_a_second_run_and_both_stay_queryable() {
        LocalDate day = LocalDate.of(2026, 11, 14);
        for (int m = 0; m < 4; m++) {
            deliver(day, "_E", "W", "0.200", null);
        }
        awaitStored(day, 4);
        assertThat(calculate(day).path("run").asInt()).isEqualTo(1);
        assertThat(calculate(day).path("run").isNull()).as("same sample: run 1 stands").isTrue();

        deliver(day, "_E", "W", "0.700", null); // sample 4 → 5: 25 % > 5 %
        awaitStored(day, 5);

        assertThat(calculate(day).path("run").asInt()).isEqualTo(2);
        // run 1: 4 × 0.200 / 4 = 0.200; run 2: (0.800 + 0.700) / 5 = 0.300
        assertThat(period(day, "_E", "W", "any", 5, 1)).isEqualTo("0.200 A");
        assertThat(period(day, "_E", "W", "any", 5, 2)).isEqualTo("0.300 A");
        assertThat(period(day, "_E", "W", "any", 5)).isEqualTo("0.300 A"); // the latest by default
    }

    @Test
    void two_instances_calculating_a_date_at_once_make_one_run() {
        LocalDate day = LocalDate.of(2026, 11, 15);
        for (int m = 0; m < 4; m++) {
            deliver(day, "_F", "W", "0.100", null);
        }
        awaitStored(day, 4);

        var one = CompletableFuture.supplyAsync(() -> calculation.calculate(day));
        var two = CompletableFuture.supplyAsync(() -> calculation.calculate(day));

        assertThat(List.of(one.join().run().isPresent(), two.join().run().isPresent())).containsOnlyOnce(true);
        assertThat(jdbc.queryForObject("select count(*) from shape_run where settlement_date = ?", Integer.class,
                java.sql.Date.valueOf(day))).isOne();
    }

    @Test
    void the_read_api_answers_csv_and_refuses_bad_parameters_with_the_reason() {
        LocalDate day = LocalDate.of(2026, 11, 16);
        for (int m = 0; m < 4; m++) {
            deliver(day, "_G", "W", "0.100", null);
        }
        awaitStored(day, 4);
        calculate(day);

        String csv = http().get().uri("/lss/load-shape-period?settlementDate=" + day
                + "&gspGroupId=_G&format=csv").retrieve().body(String.class);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("settlementDate,runNumber,gspGroupId,"
                + "connectionType,marketSegment,domesticPremiseIndicator,measurementQuantityId,settlementPeriodEnd,"
                + "loadShapePeriodValue,defaultLoadShapeFlag");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("2026-11-16,1,_G,W,S,,AI,2026-11-16T00:30:00Z,0.100,A");

        var bad = http().get().uri("/lss/load-shape-period?settlementDate=" + day + "&gspGroupId=_Z")
                .exchange((request, response) -> response.getStatusCode().value() + " "
                        + new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8), true);
        assertThat(bad).startsWith("400").contains("gspGroupId must be _A…_P or national: _Z");
        var badDate = http().get().uri("/lss/load-shape-totals?settlementDate=16-11-2026")
                .exchange((request, response) -> response.getStatusCode().value() + " "
                        + new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8), true);
        assertThat(badDate).startsWith("400").contains("settlementDate is not valid: 16-11-2026");
    }

    // --- helpers ---

    private void deliver(LocalDate day, String gsp, String connectionType, String value, String quality) {
        String first12 = String.format("14%010d", SEQUENCE.incrementAndGet() % 10_000_000_000L);
        String mpan = first12 + MpanCore.checkDigitFor(first12);
        If021Message message = If021Message.from("9900000003").mpanCore(mpan).gspGroup(gsp)
                .connectionType(connectionType).settlementDay(day).allPeriods(value)
                .primaryRecipients(List.of(LSS)).delivered("T-IF-021-" + mpan + "-" + day);
        if (quality != null) {
            for (int i = 0; i < 48; i++) {
                message.quality(i, quality);
            }
        }
        TopicReader.send(topics.publication("IF-021"), mpan, message.toPubJson().getBytes(StandardCharsets.UTF_8));
    }

    private void awaitStored(LocalDate day, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from consumption_day where settlement_date = ?", Integer.class,
                java.sql.Date.valueOf(day)) >= count);
    }

    private JsonNode calculate(LocalDate day) {
        return http().post().uri("/lss/v1/calculations?date=" + day)
                .header("X-LSS-Operator-Token", "test-operator-token").retrieve().body(JsonNode.class);
    }

    private String period(LocalDate day, String gsp, String connectionType, String domestic, int index) {
        return period(day, gsp, connectionType, domestic, index, null);
    }

    /** {@code "value flag"} of period {@code index} (0-based) of (gsp, connectionType, S, domestic, AI). */
    private String period(LocalDate day, String gsp, String connectionType, String domestic, int index,
                          Integer run) {
        JsonNode rows = http().get().uri("/lss/load-shape-period?settlementDate=" + day + "&gspGroupId=" + gsp
                        + "&connectionType=" + connectionType + "&marketSegment=S&domesticPremiseIndicator=" + domestic
                        + "&measurementQuantityId=AI" + (run == null ? "" : "&runNumber=" + run))
                .retrieve().body(JsonNode.class).path("data");
        assertThat(rows.size()).as("48 periods").isEqualTo(48);
        JsonNode row = rows.path(index);
        return row.path("loadShapePeriodValue").decimalValue().setScale(3) + " "
                + row.path("defaultLoadShapeFlag").asString();
    }

    private JsonNode awaitPublished(TopicReader submissions, String interfaceId, LocalDate day) {
        var record = submissions.await(r -> TopicReader.mentions(r, "\"" + interfaceId + "\"")
                && TopicReader.mentions(r, day + "T00:00:00+00:00"));
        JsonNode payload = JSON.readTree(record.value()).path("payload");
        assertThat(new MessageValidator(MessageValidator.Mode.DIP, Clock.systemUTC(), Duration.ofMinutes(5))
                .validate(interfaceId, payload).violations()).isEmpty();
        return payload;
    }

    private RestClient http() {
        // the operator token on every call, GETs included, as operators' scripts send it
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("X-LSS-Operator-Token", "test-operator-token").build();
    }
}
