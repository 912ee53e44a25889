package uk.mhhs.vas.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.vas.calculation.VolumeAllocation;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.model.RunType;
import uk.mhhs.vas.reference.AllocationReference;
import uk.mhhs.vas.results.BmUnitVolumeView;
import uk.mhhs.vas.results.CorrectionFactorView;
import uk.mhhs.vas.results.SupplierTotalView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results API over a calculated worked example (ecs-services.md §6) in periods 1 and 2 of GSP group _A, GSPGT
 * 9,000 each: CF 1.0554493308, BMUADV A 6,529.446 (ΣC 6,240, 12 MPANs), B 2,470.554 (ΣC 2,325, 10 MPANs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(database = "vas-calculation")
class ResultsApiTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired VolumeAllocation allocation;
    @LocalServerPort int port;

    RunContext run;

    /** An error answer. */
    record ErrorView(String error) {
    }

    @BeforeEach
    void calculateTheWorkedExample() {
        run = calculate(new CalculationRows(jdbc, LocalDate.of(2026, 7, 1)).workedExample(1, "4000.000")
                .workedExample(2, "4000.000").take("_A", 48, "9000", "9000"), "0.5");
    }

    RunContext calculate(CalculationRows rows, String advancedWeight) {
        RunContext context = rows.run(RunType.SF, 48);
        AllocationReference reference = CalculationRows.workedReference(advancedWeight);
        transactions.executeWithoutResult(s -> allocation.allocate(context, reference, p -> { }));
        return context;
    }

    @Test
    void bm_unit_volumes_as_json_filtered_and_rounded_to_3_dp() {
        List<BmUnitVolumeView> volumes = http().get().uri("/vas/v1/runs/{id}/bm-unit-volumes?bmUnitId=2__ASUPA000",
                run.runId()).retrieve().body(new ParameterizedTypeReference<>() { });

        assertThat(volumes).containsExactly(
                new BmUnitVolumeView("_A", "SUPA", "2__ASUPA000", 1, kwh("6240.000"), kwh("6529.446"), 12),
                new BmUnitVolumeView("_A", "SUPA", "2__ASUPA000", 2, kwh("6240.000"), kwh("6529.446"), 12));
    }

    @Test
    void any_media_type_gets_json_and_only_text_csv_gets_csv() {
        ResponseEntity<String> any = http().get().uri("/vas/v1/runs/{id}/correction-factors", run.runId())
                .header("Accept", "*/*").retrieve().toEntity(String.class);
        ResponseEntity<String> csv = http().get().uri("/vas/v1/runs/{id}/correction-factors", run.runId())
                .header("Accept", "text/csv").retrieve().toEntity(String.class);

        assertThat(any.getHeaders().getContentType()).hasToString("application/json");
        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
    }

    @Test
    void bm_unit_volumes_as_csv_by_accept_header_and_by_path() {
        List<String> expected = List.of("gsp_group,supplier_mpid,bm_unit_id,period,uncorrected_kwh,corrected_kwh,mpans",
                "_A,SUPA,2__ASUPA000,1,6240.000,6529.446,12", "_A,SUPB,2__ASUPB000,1,2325.000,2470.554,10");
        String byAccept = http().get().uri("/vas/v1/runs/{id}/bm-unit-volumes?gspGroup=_A", run.runId())
                .header("Accept", "text/csv").retrieve().body(String.class);
        String byPath = http().get().uri("/vas/v1/runs/{id}/bm-unit-volumes.csv", run.runId()).retrieve()
                .body(String.class);

        // ordered by GSP group, BM unit, period: A 1, A 2, B 1, B 2
        assertThat(byAccept.lines().toList()).containsExactly(expected.get(0), expected.get(1),
                "_A,SUPA,2__ASUPA000,2,6240.000,6529.446,12", expected.get(2),
                "_A,SUPB,2__ASUPB000,2,2325.000,2470.554,10");
        assertThat(byPath).isEqualTo(byAccept);
    }

    @Test
    void correction_factors_as_json_and_csv_with_the_factor_to_10_dp() {
        List<CorrectionFactorView> factors = http().get().uri("/vas/v1/runs/{id}/correction-factors", run.runId())
                .retrieve().body(new ParameterizedTypeReference<>() { });
        String csv = http().get().uri("/vas/v1/runs/{id}/correction-factors.csv", run.runId()).retrieve()
                .body(String.class);

        assertThat(factors).hasSize(48);
        assertThat(factors.get(0)).isEqualTo(new CorrectionFactorView("_A", 1, kwh("9000.000"), kwh("8565.000"),
                kwh("7845.000"), new BigDecimal("1.0554493308"), null));
        assertThat(factors.get(2)).isEqualTo(new CorrectionFactorView("_A", 3, kwh("0.000"), kwh("0.000"),
                kwh("0.000"), null, "NO_CORRECTABLE_VOLUME"));
        assertThat(csv.lines().toList()).hasSize(49).startsWith(
                "gsp_group,period,gsp_group_take_kwh,uncorrected_kwh,weighted_kwh,factor,exception",
                "_A,1,9000.000,8565.000,7845.000,1.0554493308,");
        assertThat(csv.lines().toList().get(3)).isEqualTo("_A,3,0.000,0.000,0.000,,NO_CORRECTABLE_VOLUME");
    }

    @Test
    void supplier_totals_sum_their_bm_units() {
        List<SupplierTotalView> totals = http().get().uri("/vas/v1/runs/{id}/supplier-totals?gspGroup=_A",
                run.runId()).retrieve().body(new ParameterizedTypeReference<>() { });
        String csv = http().get().uri("/vas/v1/runs/{id}/supplier-totals", run.runId()).header("Accept", "text/csv")
                .retrieve().body(String.class);

        assertThat(totals).containsExactly(new SupplierTotalView("SUPA", "_A", 1, kwh("6529.446")),
                new SupplierTotalView("SUPA", "_A", 2, kwh("6529.446")),
                new SupplierTotalView("SUPB", "_A", 1, kwh("2470.554")),
                new SupplierTotalView("SUPB", "_A", 2, kwh("2470.554")));
        assertThat(csv.lines().toList()).containsExactly("supplier_mpid,gsp_group,period,volume_kwh",
                "SUPA,_A,1,6529.446", "SUPA,_A,2,6529.446", "SUPB,_A,1,2470.554", "SUPB,_A,2,2470.554");
    }

    @Test
    void an_unknown_run_is_404_and_bad_parameters_are_400_with_a_json_error() {
        UUID unknown = UUID.randomUUID();
        assertThat(error("/vas/v1/runs/" + unknown + "/bm-unit-volumes", "application/json"))
                .isEqualTo(ResponseEntity.status(404).body(new ErrorView("run " + unknown + " not found")));
        assertThat(error("/vas/v1/runs/" + unknown + "/correction-factors.csv", "text/csv").getStatusCode().value())
                .isEqualTo(404);
        assertThat(error("/vas/v1/runs/not-a-run/supplier-totals", "application/json").getBody().error())
                .contains("id is not a valid UUID");
        ResponseEntity<ErrorView> badGroup = error("/vas/v1/runs/" + run.runId() + "/bm-unit-volumes?gspGroup=A",
                "application/json");
        assertThat(badGroup.getStatusCode().value()).isEqualTo(400);
        assertThat(badGroup.getBody().error()).contains("gspGroup");
        assertThat(error("/vas/v1/runs/" + run.runId() + "/compare", "application/json").getStatusCode().value())
                .isEqualTo(400);
    }

    ResponseEntity<ErrorView> error(String path, String accept) {
        ResponseEntity<ErrorView> answer = http().get().uri(path).header("Accept", accept).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(ErrorView.class);
        return ResponseEntity.status(answer.getStatusCode()).body(answer.getBody());
    }

    RestClient http() {
        // the operator token on every call, GETs included, as operators' scripts send it
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("X-VAS-Operator-Token", "test-operator-token").build();
    }

    static BigDecimal kwh(String value) {
        return new BigDecimal(value);
    }
}
