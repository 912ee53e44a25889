package uk.mhhs.vas.it;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.vas.calculation.AllocationException;
import uk.mhhs.vas.calculation.AllocationOutcome;
import uk.mhhs.vas.calculation.VolumeAllocation;
import uk.mhhs.vas.metrics.CorrectionFactorMetrics;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.model.RunType;
import uk.mhhs.testsupport.RealServers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** The GSP Group Correction of a run on real PostgreSQL, against the worked example (ecs-services.md §6). */
@SpringBootTest
@RealServers(database = "vas-calculation")
class CorrectionCalculationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired VolumeAllocation allocation;
    @Autowired CorrectionFactorMetrics metrics;
    @Autowired MeterRegistry registry;

    /** A stored correction factor row. */
    record StoredFactor(int period, BigDecimal take, BigDecimal uncorrected, BigDecimal weighted, BigDecimal factor,
                        String exception) {
    }

    /** A stored BM unit volume row. */
    record StoredVolume(String supplier, int period, BigDecimal uncorrected, BigDecimal corrected, int mpans) {
    }

    private AllocationOutcome allocate(RunContext run, List<String> progress) {
        return transactions.execute(s -> allocation.allocate(run, CalculationRows.workedReference("0.5"),
                progress::add));
    }

    @Test
    void worked_example_stores_its_factor_and_bm_unit_volumes_and_every_other_period_as_no_correctable_volume() {
        // the example in periods 1 and 2 (GSPGT 9,000 each); periods 3..48 have GSPGT 0 and no aggregates
        RunContext run = new CalculationRows(jdbc, LocalDate.of(2026, 6, 1)).workedExample(1, "4000.000")
                .workedExample(2, "4000.000").take("_A", 48, "9000", "9000").run(RunType.SF, 48);
        List<String> progress = new ArrayList<>();

        AllocationOutcome outcome = allocate(run, progress);

        // 48 factors, 2 BM units × 2 periods, 46 periods without correctable volume
        assertThat(outcome).isEqualTo(new AllocationOutcome(1, 48, 4, 46));
        assertThat(progress).containsExactly("calculated 1/1 GSP groups");
        List<StoredFactor> factors = factors(run.runId());
        assertThat(factors).hasSize(48);
        StoredFactor first = factors.get(0);
        // ΣC = 8,565, ΣW·C = 7,845, CF = 1 + 435/7,845 = 1.0554493308 (10 dp)
        assertThat(first.uncorrected()).isEqualByComparingTo("8565");
        assertThat(first.weighted()).isEqualByComparingTo("7845");
        assertThat(first.factor().setScale(10, RoundingMode.HALF_UP)).isEqualByComparingTo("1.0554493308");
        assertThat(first.exception()).isNull();
        // period 3: GSPGT 0 and nothing to correct, so no factor and the exception
        StoredFactor third = factors.get(2);
        assertThat(third.period()).isEqualTo(3);
        assertThat(third.factor()).isNull();
        assertThat(third.exception()).isEqualTo("NO_CORRECTABLE_VOLUME");
        assertThat(third.weighted()).isEqualByComparingTo("0");

        List<StoredVolume> period1 = volumes(run.runId()).stream().filter(v -> v.period() == 1).toList();
        // A: ΣC 6,240 (4000+200+2000+40), mpans of its consumption classes 10 + 2; B: ΣC 2,325 (2500+125−300), 7 + 3
        assertThat(period1).extracting(StoredVolume::supplier, StoredVolume::mpans)
                .containsExactly(tuple("SUPA", 12), tuple("SUPB", 10));
        assertThat(period1.get(0).uncorrected()).isEqualByComparingTo("6240");
        assertThat(period1.get(1).uncorrected()).isEqualByComparingTo("2325");
        assertThat(period1.get(0).corrected()).isCloseTo(new BigDecimal("6529.446"), within(new BigDecimal("0.001")));
        assertThat(period1.get(1).corrected()).isCloseTo(new BigDecimal("2470.554"), within(new BigDecimal("0.001")));
        assertThat(period1.get(0).corrected().add(period1.get(1).corrected()).setScale(3, RoundingMode.HALF_UP))
                .isEqualByComparingTo("9000.000");
    }

    @Test
    void a_class_isd_does_not_know_fails_the_run_with_its_number_and_stores_nothing() {
        RunContext run = new CalculationRows(jdbc, LocalDate.of(2026, 6, 2)).workedExample(1, "4000.000")
                .aggregate("_A", "SUPA", "2__ASUPA000", 999, 1, "5.000", 1).take("_A", 48, "9000")
                .run(RunType.SF, 48);

        assertThatThrownBy(() -> allocate(run, new ArrayList<>())).isInstanceOf(AllocationException.class)
                .hasMessageContaining("class 999").hasMessageContaining("2__ASUPA000");
        assertThat(factors(run.runId())).isEmpty();
        assertThat(volumes(run.runId())).isEmpty();
    }

    @Test
    void aggregates_of_a_gsp_group_the_take_lacks_fail_the_run() {
        RunContext run = new CalculationRows(jdbc, LocalDate.of(2026, 6, 3)).workedExample(1, "4000.000")
                .aggregate("_B", "SUPA", "2__BSUPA000", IsdRows.SMART_IMPORT, 1, "5.000", 1)
                .take("_A", 48, "9000").run(RunType.SF, 48);

        assertThatThrownBy(() -> allocate(run, new ArrayList<>())).isInstanceOf(AllocationException.class)
                .hasMessageContaining("GSP group _B");
        // _A was corrected and copied before _B was met: the caller's transaction takes all of it back
        assertThat(factors(run.runId())).isEmpty();
        assertThat(volumes(run.runId())).isEmpty();
    }

    @Test
    void a_gsp_group_take_of_another_day_length_fails_the_run() {
        // 48 periods of GSPGT for the autumn clock change day, which has 50
        RunContext run = new CalculationRows(jdbc, LocalDate.of(2026, 10, 25)).workedExample(1, "4000.000")
                .take("_A", 48, "9000").run(RunType.R2, 50);

        assertThatThrownBy(() -> allocate(run, new ArrayList<>())).isInstanceOf(AllocationException.class)
                .hasMessageContaining("has 48 periods for GSP group _A but 2026-10-25 has 50");
        assertThat(factors(run.runId())).isEmpty();
    }

    @Test
    void clock_change_days_store_a_factor_for_each_of_their_50_or_46_periods_in_every_group() {
        // autumn: aggregates in period 50 too; spring: only in period 46; the B group has no aggregates at all
        RunContext autumn = new CalculationRows(jdbc, LocalDate.of(2026, 10, 25)).workedExample(50, "4000.000")
                .take("_A", 50).take("_B", 50).run(RunType.II, 50);
        RunContext spring = new CalculationRows(jdbc, LocalDate.of(2026, 3, 29)).workedExample(46, "4000.000")
                .take("_A", 46).take("_B", 46).run(RunType.II, 46);

        assertThat(allocate(autumn, new ArrayList<>()).correctionFactors()).isEqualTo(100);
        assertThat(allocate(spring, new ArrayList<>()).correctionFactors()).isEqualTo(92);
        assertThat(periodsPerGroup(autumn.runId())).isEqualTo(Map.of("_A", 50L, "_B", 50L));
        assertThat(periodsPerGroup(spring.runId())).isEqualTo(Map.of("_A", 46L, "_B", 46L));
        assertThat(jdbc.queryForObject("select max(period) from correction_factor where run_id = ?", Integer.class,
                autumn.runId())).isEqualTo(50);
    }

    @Test
    void the_gauges_show_the_latest_published_run_of_each_type() {
        RunContext run = new CalculationRows(jdbc, LocalDate.of(2026, 6, 4)).workedExample(1, "4000.000")
                .take("_A", 48, "9000").run(RunType.R1, 48);
        allocate(run, new ArrayList<>());

        metrics.published(run);

        // CF 1 + 435/7845 = 1.05544933078...; period 2 has no correctable volume: NaN
        assertThat(gauge("_A", "1", "R1")).isCloseTo(1.0554493308, within(1e-9));
        assertThat(gauge("_A", "2", "R1")).isNaN();
        assertThat(registry.find(CorrectionFactorMetrics.NAME).tag("run_type", "R1").gauges()).hasSize(48);
    }

    private double gauge(String group, String period, String runType) {
        return registry.get(CorrectionFactorMetrics.NAME)
                .tags("gsp_group", group, "period", period, "run_type", runType).gauge().value();
    }

    private List<StoredFactor> factors(UUID runId) {
        return jdbc.query("select * from correction_factor where run_id = ? order by gsp_group, period",
                (rs, i) -> new StoredFactor(rs.getInt("period"), rs.getBigDecimal("gsp_group_take"),
                        rs.getBigDecimal("uncorrected"), rs.getBigDecimal("weighted"), rs.getBigDecimal("factor"),
                        rs.getString("exception")), runId);
    }

    private List<StoredVolume> volumes(UUID runId) {
        return jdbc.query("select * from bm_unit_volume where run_id = ? order by period, bm_unit_id",
                (rs, i) -> new StoredVolume(rs.getString("supplier_mpid"), rs.getInt("period"),
                        rs.getBigDecimal("uncorrected"), rs.getBigDecimal("corrected"), rs.getInt("mpans")), runId);
    }

    private Map<String, Long> periodsPerGroup(UUID runId) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select gsp_group, count(*) as n from correction_factor where run_id = ? group by gsp_group",
                rs -> {
                    counts.put(rs.getString("gsp_group"), rs.getLong("n"));
                }, runId);
        return counts;
    }
}
