package uk.mhhs.vas.it;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.vas.calculation.VolumeAllocation;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.model.RunType;
import uk.mhhs.vas.results.Comparison;
import uk.mhhs.vas.results.Comparison.Change;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /vas/v1/runs/{id}/compare?with=} between runs of the worked example (ecs-services.md §6, periods 1 and 2
 * of _A, GSPGT 9,000 each). Before: CF 1 + 435/7845; A = 6240 + 435 × 5220/7845 = 6529.445506692,
 * B = 2325 + 435 × 2625/7845 = 2470.554493308.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(database = "vas-calculation")
class RunComparisonTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired VolumeAllocation allocation;
    @LocalServerPort int port;

    RunContext calculate(LocalDate date, String supaSmartImport, String take1, String advancedWeight) {
        RunContext run = new CalculationRows(jdbc, date).workedExample(1, supaSmartImport).workedExample(2, "4000.000")
                .take("_A", 48, take1, "9000").run(RunType.SF, 48);
        transactions.executeWithoutResult(s -> allocation.allocate(run,
                CalculationRows.workedReference(advancedWeight), p -> { }));
        return run;
    }

    /*
     * After, period 1 only: SUPA smart import 4000 → 4100 and GSPGT 9000 → 9100.
     *   ΣC = 8665, ΣW·C = 7945, CF = 1 + (9100 − 8665)/7945 = 1 + 435/7945
     *   A = 6340 + 435 × 5320/7945 = 6631.277533041 (difference +101.832026349 → 101.832)
     *   B = 2325 + 435 × 2625/7945 = 2468.722466960 (difference −1.832026348 → −1.832)
     *   Period 2 did not change; run totals 18,000 → 18,100.
     */
    @Test
    void changed_volume_and_gspgt_show_per_bm_unit_with_the_class_and_gspgt_deltas() {
        LocalDate date = LocalDate.of(2026, 8, 3);
        RunContext before = calculate(date, "4000.000", "9000", "0.5");
        RunContext after = calculate(date, "4100.000", "9100", "0.5");

        Comparison comparison = http().get().uri("/vas/v1/runs/{id}/compare?with={with}", after.runId(),
                before.runId()).retrieve().body(Comparison.class);

        Change take = change("9000.000", "9100.000", "100.000");
        assertThat(comparison.totals()).isEqualTo(change("18000.000", "18100.000", "100.000"));
        assertThat(comparison.weights()).isEmpty();
        assertThat(comparison.changes()).containsExactly(
                new Comparison.ChangedVolume("_A", "SUPA", "2__ASUPA000", 1,
                        change("6529.446", "6631.278", "101.832"),
                        List.of(new Comparison.ClassChange(IsdRows.SMART_IMPORT, change("4000.000", "4100.000",
                                "100.000"))), take),
                new Comparison.ChangedVolume("_A", "SUPB", "2__ASUPB000", 1,
                        change("2470.554", "2468.722", "-1.832"), List.of(), take));

        String csv = http().get().uri("/vas/v1/runs/{id}/compare.csv?with={with}", after.runId(), before.runId())
                .retrieve().body(String.class);
        assertThat(csv.lines().toList()).containsExactly("gsp_group,supplier_mpid,bm_unit_id,period,before_kwh,"
                        + "after_kwh,difference_kwh,gsp_group_take_difference_kwh,class_differences_kwh",
                "_A,SUPA,2__ASUPA000,1,6529.446,6631.278,101.832,100.000,100:100.000",
                "_A,SUPB,2__ASUPB000,1,2470.554,2468.722,-1.832,100.000,");
    }

    /*
     * Same volumes and GSPGT, advanced import (112) weight 0.5 → 0.6: ΣW·C = 7845 + 0.1 × 2000 = 8045,
     *   A = 6240 + 435 × 5420/8045 = 6533.064014916, B = 2325 + 435 × 2625/8045 = 2466.935985084, in both periods.
     */
    @Test
    void a_changed_scaling_weight_is_listed_and_moves_every_bm_unit_without_class_or_gspgt_deltas() {
        LocalDate date = LocalDate.of(2026, 8, 4);
        RunContext before = calculate(date, "4000.000", "9000", "0.5");
        RunContext after = calculate(date, "4000.000", "9000", "0.6");

        Comparison comparison = http().get().uri("/vas/v1/runs/{id}/compare?with={with}", after.runId(),
                before.runId()).retrieve().body(Comparison.class);

        assertThat(comparison.weights()).hasSize(1);
        assertThat(comparison.weights().get(0).cccId()).isEqualTo(IsdRows.ADVANCED_IMPORT);
        assertThat(comparison.weights().get(0).before()).isEqualByComparingTo("0.5");
        assertThat(comparison.weights().get(0).after()).isEqualByComparingTo("0.6");
        assertThat(comparison.changes()).extracting(Comparison.ChangedVolume::volume).containsExactly(
                change("6529.446", "6533.064", "3.619"), change("6529.446", "6533.064", "3.619"),
                change("2470.554", "2466.936", "-3.619"), change("2470.554", "2466.936", "-3.619"));
        assertThat(comparison.changes()).allSatisfy(c -> {
            assertThat(c.classes()).isEmpty();
            assertThat(c.gspGroupTake()).isNull();
        });
        assertThat(comparison.totals().difference()).isEqualByComparingTo("0");
    }

    @Test
    void runs_of_different_dates_are_not_compared() {
        RunContext one = calculate(LocalDate.of(2026, 8, 5), "4000.000", "9000", "0.5");
        RunContext other = calculate(LocalDate.of(2026, 8, 6), "4000.000", "9000", "0.5");

        int status = http().get().uri("/vas/v1/runs/{id}/compare?with={with}", one.runId(), other.runId()).retrieve()
                .onStatus(s -> true, (request, response) -> { }).toBodilessEntity().getStatusCode().value();

        assertThat(status).isEqualTo(400);
    }

    static Change change(String before, String after, String difference) {
        return new Change(new BigDecimal(before), new BigDecimal(after), new BigDecimal(difference));
    }

    RestClient http() {
        // the operator token on every call, GETs included, as operators' scripts send it
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("X-VAS-Operator-Token", "test-operator-token").build();
    }
}
