package uk.mhhs.dataservice.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Consent, energisation, advanced check meters, unmetered supplies and refused meter data. */
class SiteCasesTest extends DataServiceTestBase {

    private static final LocalDate APPOINTED = LocalDate.of(2026, 1, 1);

    @Test
    void no_half_hourly_consent_gives_the_whole_day_from_annual_consumption_and_the_shape() {
        LocalDate day = DAY.minusDays(2);
        String nonSmart = newMpan();
        String optedOut = newMpan();
        appoint(nonSmart, "S", APPOINTED, "N", "3650.000", "E", "N1");
        appoint(optedOut, "S", APPOINTED, "D", "3650.000", "E", "D1");
        // no LSS shape for the date or the day before: the standard shape. Instead, publish a flat one for the date:
        String[] flat = new String[48];
        Arrays.fill(flat, "1.000");
        new ShapePublisher(this).publish(day, flat, "17520.000"); // 365 × 48 = 17 520

        runProcessing(day);

        // 3650 × 1 / 17520 = 0.2083… → 0.208 in every period, q E9 (annual consumption × shape)
        If021 n = awaitIf021(nonSmart, "AI", day);
        assertThat(n.period(0)).isEqualTo("0.208 E9 10 null");   // e 10: non-smart (consent N)
        assertThat(n.qualityCounts()).containsEntry("E9", 48L);
        If021 d = awaitIf021(optedOut, "AI", day);
        assertThat(d.period(30)).isEqualTo("0.208 E9 1 null");   // e 1: opt-out (consent D)
    }

    @Test
    void a_de_energised_mpan_gets_zeros_with_reason_7() {
        String mpan = newMpan();
        appoint(mpan, "S", APPOINTED, "H", "3000.000", "D", "Z1");

        runProcessing(DAY);

        If021 sent = awaitIf021(mpan, "AI", DAY);
        for (int i = 0; i < 48; i++) {
            assertThat(sent.period(i)).isEqualTo("0.000 ZE 7 null");
        }
    }

    @Test
    void an_advanced_main_meter_period_that_disagrees_with_the_check_meter_is_replaced_from_it() {
        String mpan = newMpan();
        appoint(mpan, "A", APPOINTED, "H", "200000.000", "E", "AM1", "AC1");
        String[] main = new String[48];
        String[] check = new String[48];
        Arrays.fill(main, "10.000");
        Arrays.fill(check, "10.000");
        main[5] = "50.000"; // |50 − 10| = 40 > max(1 % of 10, 0.1) = 0.1: fails
        assertThat(postMeterData(batch(row(mpan, "AM1", "MAIN", "AI", DAY, main),
                row(mpan, "AC1", "CHECK", "AI", DAY, check))).status()).isEqualTo(202);

        runProcessing(DAY);

        If021 sent = awaitIf021(mpan, "AI", DAY);
        assertThat(sent.role()).isEqualTo("ADS");
        assertThat(sent.period(5)).isEqualTo("10.000 A2 null null");
        assertThat(sent.period(4)).isEqualTo("10.000 A null null");
        assertThat(sent.qualityCounts()).containsEntry("A", 47L).containsEntry("A2", 1L);
    }

    @Test
    void street_lighting_on_from_dusk_to_dawn_in_london() {
        String mpan = newMpan();
        appoint(mpan, "U", APPOINTED, null, null, "E");
        String inventory = """
                {"effectiveFrom": "2026-11-01", "items": [{"chargeCode": "8100000000701", "circuitWatts": "70",
                 "quantity": 10, "regime": {"type": "dusk-to-dawn"}}]}""";
        var answer = http.put().uri("/data-service/v1/unmetered/" + mpan + "/inventory")
                .header("X-DS-Operator-Token", TOKEN).contentType(MediaType.APPLICATION_JSON).body(inventory)
                .retrieve().toBodilessEntity();
        assertThat(answer.getStatusCode().value()).isEqualTo(200);

        runProcessing(DAY);

        If021 sent = awaitIf021(mpan, "AI", DAY);
        assertThat(sent.role()).isEqualTo("UMSDS");
        // fully on: 10 × 70 W × 0.5 h / 1000 = 0.350 kWh (00:00–00:30Z, 20:00–20:30Z)
        assertThat(value(sent, 0)).isEqualByComparingTo("0.350");
        assertThat(value(sent, 40)).isEqualByComparingTo("0.350");
        // off at noon (12:00–12:30Z)
        assertThat(value(sent, 24)).isEqualByComparingTo("0.000");
        // London, 30 Nov 2026: sunrise ≈ 07:42 GMT, so on for ≈ 12 of the 30 minutes of 07:30–08:00Z
        // (0.350 × 12/30 = 0.140; ±2 min: 0.117 … 0.163); sunset ≈ 15:55 GMT, on ≈ 5 of 30 minutes of
        // 15:30–16:00Z (0.058; ±2 min: 0.035 … 0.082)
        assertThat(value(sent, 15)).isBetween(new BigDecimal("0.117"), new BigDecimal("0.163"));
        assertThat(value(sent, 31)).isBetween(new BigDecimal("0.035"), new BigDecimal("0.082"));
    }

    @Test
    void meter_data_for_an_mpan_we_are_not_appointed_for_is_refused_and_nothing_of_the_batch_is_stored() {
        String ours = newMpan();
        appoint(ours, "S", APPOINTED, "H", "3000.000", "E", "OK1");
        String stranger = newMpan();
        String[] values = new String[48];
        Arrays.fill(values, "0.100");

        Answer answer = postMeterData(batch(row(ours, "OK1", "MAIN", "AI", DAY, values),
                row(stranger, "X1", "MAIN", "AI", DAY, values)));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("problems").values().stream().map(p -> p.path("row").asInt() + " "
                + p.path("code").asString()).toList()).containsExactlyInAnyOrder("1 DSR003", "1 DSR002");
        assertThat(jdbc.queryForObject("select count(*) from interval_day where mpan_core in (?, ?)", Integer.class,
                Long.parseLong(ours), Long.parseLong(stranger))).isZero();
    }

    @Test
    void malformed_values_are_refused_with_the_row_and_value_named() {
        String mpan = newMpan();
        appoint(mpan, "S", APPOINTED, "H", "3000.000", "E", "B1");
        String[] values = new String[48];
        values[0] = "1.2345";     // four decimals
        values[1] = "abc";

        Answer answer = postMeterData(batch(row(mpan, "B1", "MAIN", "AI", DAY, values)));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("problems").values().stream().map(p -> p.path("code").asString()).toList())
                .containsExactly("DSR005", "DSR005");
        assertThat(answer.body().path("problems").path(0).path("reason").asString()).contains("1.2345");
    }

    private static BigDecimal value(If021 sent, int i) {
        return new BigDecimal(sent.period(i).split(" ")[0]);
    }
}
