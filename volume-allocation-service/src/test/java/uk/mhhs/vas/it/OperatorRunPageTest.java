package uk.mhhs.vas.it;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.access.TokenCalls;
import uk.mhhs.testsupport.browser.HeadlessChromium;
import uk.mhhs.vas.calculation.VolumeAllocation;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.model.RunType;
import uk.mhhs.vas.reference.AllocationReference;
import uk.mhhs.vas.reference.AllocationReference.BmUnit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The operators' run page ({@code /vas/operator/runs.html}) loaded in headless Chromium from the running service, over
 * runs calculated on the real database. Settlement date 2026-09-14, period 1 (every other period has no volume):
 *
 * <pre>
 * SF #1: the worked example in _A (GSPGT 9,000): CF 1 + 435/7,845, A 6,529.446, B 2,470.554 (ecs-services.md §6)
 *        _B: SUPA smart import 1,000 kWh (weight 1), GSPGT 1,020: CF = 1 + 20/1,000 = 1.02, BMUADV 1,020
 *        _C: SUPB smart import 1,000 kWh (weight 1), GSPGT   970: CF = 1 − 30/1,000 = 0.97, BMUADV   970
 *        run total 9,000 + 1,020 + 970 = 10,990
 * SF #2: as #1 but SUPA's smart import in _A 4,000 → 4,100 and _A's GSPGT 9,000 → 9,100:
 *        _A ΣC 8,665, ΣW·C 7,945, CF = 1 + 435/7,945 = 1.0547514160
 *        A = 6,340 + 435 × 5,320/7,945 = 6,631.278 (+101.832), B = 2,325 + 435 × 2,625/7,945 = 2,468.722 (−1.832)
 *        run total 11,090 (+100)
 * R1 #1: still calculating (no results), requested after both.
 * </pre>
 *
 * The chart's bars stand for CF − 1: _A 0.0547514160 (the largest, full height, up), _B 0.02 (0.02/0.0547514160 =
 * 0.3653 of it, up), _C −0.03 (0.5479 of it, down).
 *
 * <p>VAS's access filter (dip-client {@code access}, {@code VasAccess}) serves the page without a token and answers the
 * API's GETs only with one, so the page must send the operator token on every call, and a wrong one is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mhhs.scheduler.enabled=false", "mhhs.vas.worker.enabled=false", "mhhs.vas.operator-token=" + VasHttp.TOKEN})
@RealServers(database = "vas_run_page")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorRunPageTest {

    private static final LocalDate DATE = LocalDate.of(2026, 9, 14);
    private static final Duration PAGE_TIME = Duration.ofSeconds(10);

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired VolumeAllocation allocation;
    @LocalServerPort int port;

    HeadlessChromium chromium;
    RunContext first;
    RunContext second;
    RunContext calculating;

    @BeforeAll
    void calculateTheRuns() {
        chromium = HeadlessChromium.installed();
        first = calculate("4000.000", "9000");
        second = calculate("4100.000", "9100");
        calculating = new CalculationRows(jdbc, DATE).take("_A", 48, "9100").run(RunType.R1, 48);
        requested(first, "06:00", "PUBLISHED", "published");
        requested(second, "07:00", "PUBLISHED", "published");
        // a progress note with markup in it: the page must show it as text
        requested(calculating, "08:00", "CALCULATING", "calculating <b>_C</b> (attempt 1, vas-1)");
    }

    @Test
    void shows_the_runs_the_factors_of_period_1_as_bars_and_the_comparison_with_the_run_before() {
        Document page = load("#token=" + VasHttp.TOKEN + "&date=" + DATE + "&run=" + second.runId());

        assertThat(page.body().attr("data-state")).as(page.select("#message").text()).isEqualTo("ready");
        assertThat(page.select("#runs-table tbody tr")).extracting(tr -> tr.select("td.run-name").text() + " | "
                + tr.attr("data-state") + " | " + tr.select("td.progress").text()).containsExactly(
                "SF #1 | PUBLISHED | published", "SF #2 | PUBLISHED | published",
                "R1 #1 | CALCULATING | calculating <b>_C</b> (attempt 1, vas-1)");
        assertThat(page.select("#runs-table b")).as("markup in data is never rendered").isEmpty();
        assertThat(page.select("#runs-table tr.selected").attr("data-run-id")).isEqualTo(second.runId().toString());
        assertThat(page.select("#run-title").text()).isEqualTo("SF #2 of 2026-09-14: PUBLISHED");

        assertThat(page.select("#cf-table tbody tr")).extracting(this::cells).containsExactly(
                List.of("_A", "9100.000", "8665.000", "7945.000", "1.0547514160", ""),
                List.of("_B", "1020.000", "1000.000", "1000.000", "1.0200000000", ""),
                List.of("_C", "970.000", "1000.000", "1000.000", "0.9700000000", ""));

        List<Element> bars = page.select("#cf-chart rect.cf-bar");
        assertThat(bars).extracting(b -> b.attr("data-gsp-group") + " " + b.attr("class"))
                .containsExactly("_A cf-bar up", "_B cf-bar up", "_C cf-bar down");
        double a = height(bars.get(0));
        double baseline = Double.parseDouble(page.select("#cf-chart").attr("data-baseline"));
        assertThat(height(bars.get(1)) / a).isCloseTo(0.3653, within(0.0005));
        assertThat(height(bars.get(2)) / a).isCloseTo(0.5479, within(0.0005));
        // up bars end on the CF = 1 line, down bars start on it
        assertThat(y(bars.get(0)) + a).isCloseTo(baseline, within(0.01));
        assertThat(y(bars.get(1)) + height(bars.get(1))).isCloseTo(baseline, within(0.01));
        assertThat(y(bars.get(2))).isCloseTo(baseline, within(0.01));

        assertThat(page.select("#compare-title").text()).isEqualTo("Compared with SF #1");
        assertThat(page.select("#compare").attr("data-with-run-id")).isEqualTo(first.runId().toString());
        assertThat(cells(page.selectFirst("#compare-totals tbody tr")))
                .containsExactly("Run total", "10990.000", "11090.000", "+100.000");
        assertThat(page.select("#compare-table tbody tr")).extracting(this::cells).containsExactly(
                List.of("_A", "SUPA", "2__ASUPA000", "1", "6529.446", "6631.278", "+101.832", "100: +100.000",
                        "+100.000"),
                List.of("_A", "SUPB", "2__ASUPB000", "1", "2470.554", "2468.722", "-1.832", "", "+100.000"));
        assertThat(page.select("#weight-changes li")).isEmpty();
    }

    @Test
    void a_read_only_token_is_enough_for_the_page() {
        Document page = load("#token=" + TokenCalls.READ_TOKEN + "&date=" + DATE + "&run=" + second.runId());

        assertThat(page.body().attr("data-state")).as(page.select("#message").text()).isEqualTo("ready");
        assertThat(page.select("#runs-table tbody tr")).hasSize(3);
        assertThat(page.select("#cf-chart rect.cf-bar")).hasSize(3);
        assertThat(page.select("#compare-title").text()).isEqualTo("Compared with SF #1");
    }

    @Test
    void a_wrong_token_is_refused_with_a_clear_message_and_the_token_form() {
        Document page = load("#token=not-the-token&date=" + DATE);

        assertThat(page.body().attr("data-state")).isEqualTo("error");
        assertThat(page.select("#message").text()).isEqualTo(
                "The operator token was refused (HTTP 401): it is missing or wrong. Enter a valid token.");
        assertThat(page.select("#token-form").hasAttr("hidden")).isFalse();
        assertThat(page.select("#runs").hasAttr("hidden")).isTrue();
        assertThat(page.select("#runs-table tbody tr")).isEmpty();
    }

    @Test
    void the_page_is_served_without_a_token_and_asks_for_one() {
        Document page = load("#date=" + DATE);

        assertThat(page.body().attr("data-state")).isEqualTo("token-needed");
        assertThat(page.select("#message").text()).startsWith("Enter a VAS token (read-only VAS_READ_TOKEN or operator VAS_OPERATOR_TOKEN)");
        assertThat(page.select("#token-form").hasAttr("hidden")).isFalse();
        assertThat(page.select("#runs-table tbody tr")).isEmpty();
    }

    private Document load(String fragment) {
        return Jsoup.parse(chromium.dumpDom("http://localhost:" + port + "/vas/operator/runs.html" + fragment,
                PAGE_TIME));
    }

    private RunContext calculate(String supaSmartImport, String takeA) {
        RunContext run = new CalculationRows(jdbc, DATE).workedExample(1, supaSmartImport)
                .aggregate("_B", "SUPA", "2__BSUPA000", IsdRows.SMART_IMPORT, 1, "1000.000", 4)
                .aggregate("_C", "SUPB", "2__CSUPB000", IsdRows.SMART_IMPORT, 1, "1000.000", 4)
                .take("_A", 48, takeA).take("_B", 48, "1020").take("_C", 48, "970").run(RunType.SF, 48);
        AllocationReference reference = new AllocationReference(
                CalculationRows.workedReference("0.5").componentClasses(), Map.of(
                "2__ASUPA000", new BmUnit("2__ASUPA000", "SUPA", "_A", true),
                "2__ASUPB000", new BmUnit("2__ASUPB000", "SUPB", "_A", true),
                "2__BSUPA000", new BmUnit("2__BSUPA000", "SUPA", "_B", true),
                "2__CSUPB000", new BmUnit("2__CSUPB000", "SUPB", "_C", true)),
                Map.of("SUPA", "1400000101", "SUPB", "1400000102"), 1);
        transactions.executeWithoutResult(s -> allocation.allocate(run, reference, p -> { }));
        return run;
    }

    /** Sets when a run was requested (the page orders runs so) and its state and progress note. */
    private void requested(RunContext run, String time, String state, String progress) {
        String at = "2026-09-15T" + time + ":00Z";
        jdbc.update("update run set requested_at = ?::timestamptz, state = ?, progress = ?, attempts = 1,"
                        + " finished_at = case when ? = 'PUBLISHED' then ?::timestamptz + interval '10 minutes' end"
                        + " where id = ?", at, state, progress, state, at, run.runId());
    }

    private List<String> cells(Element row) {
        return row.select("td").stream().map(Element::text).toList(); // eachText() would drop the empty cells
    }

    private static double height(Element bar) {
        return Double.parseDouble(bar.attr("height"));
    }

    private static double y(Element bar) {
        return Double.parseDouble(bar.attr("y"));
    }
}
