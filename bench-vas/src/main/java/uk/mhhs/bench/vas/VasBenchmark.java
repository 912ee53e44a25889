package uk.mhhs.bench.vas;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.common.time.SettlementCalendar;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.vas.VolumeAllocationServiceApplication;
import uk.mhhs.vas.calculation.AllocationOutcome;
import uk.mhhs.vas.calculation.VolumeAllocation;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.model.RunType;
import uk.mhhs.vas.reference.AllocationReference;
import uk.mhhs.vas.reference.IsdReference;
import uk.mhhs.vas.reports.RunReports;
import uk.mhhs.vas.rules.ComponentClass;
import uk.mhhs.vas.rules.CorrectionBand;
import uk.mhhs.vas.rules.GspGroupCorrection;
import uk.mhhs.testsupport.bench.BenchApp;
import uk.mhhs.testsupport.bench.CpuMeter;
import uk.mhhs.testsupport.bench.HeapWatch;
import uk.mhhs.testsupport.bench.StackSampler;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The volume allocation service (VAS): one GB-shaped run from stored aggregates to stored results and reports
 * ({@link GbMarket}: 14 GSP groups × 48 periods × {@code bmUnits} BM units × {@code classes} classes, 5.4M aggregates
 * at the defaults 200 × 40), timed as the run's worker does it: in one transaction the calculation
 * ({@link VolumeAllocation#allocate}: correction factors and BM unit volumes stored) and the reports
 * ({@link RunReports#publish}: REP-003/004/006 per supplier and GSP group, REP-003A, REP-007, validated and written to
 * the outbox). Baseline in the same run: the pure calculation ({@link GspGroupCorrection#correct}, every component's
 * corrected volume and every BM unit's total) over the same data held in memory one GSP group at a time. A first, smaller
 * run (a tenth of the BM units) shows whether memory grows with the market.
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl bench-vas -am verify -DskipTests}; sizes {@code -Dbench.vas.bm-units=200}
 * and {@code -Dbench.vas.classes=40} (the defaults).
 */
public final class VasBenchmark {

    static final double TARGET_SECONDS = 30;
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);

    private static final String[][] STEPS = {
            {"uk.mhhs.common.validation", "schema validation"},
            {"uk.mhhs.dipclient.outbox", "outbox insert"},
            {"uk.mhhs.dipclient.reports", "REP-006 content"},
            {"java.util.zip", "gzip"},
            {"uk.mhhs.vas.reports", "reports (own code)"},
            {"uk.mhhs.vas.calculation", "calculation (own code, SQL sums, COPY)"},
            {"uk.mhhs.vas.rules", "rules (BigDecimal)"},
            {"tools.jackson", "JSON"},
            {"org.postgresql", "JDBC driver"},
            {"org.springframework.transaction", "commit/transaction"},
    };

    public static void main(String[] args) {
        BenchApp.runAndExit(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        int bmUnits = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int classes = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Map<String, Object> properties = BenchApp.properties("bench_vas");
        properties.put("mhhs.scheduler.enabled", false);
        properties.put("mhhs.vas.worker.enabled", false);
        properties.put("mhhs.vas.schedule-enabled", false);
        properties.put("logging.level.root", "WARN");
        try (ConfigurableApplicationContext app = BenchApp.start(VolumeAllocationServiceApplication.class,
                properties)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            int periods = SettlementCalendar.periodCount(DATE);
            GbMarket small = new GbMarket(Math.max(2, bmUnits / 10), classes, periods);
            GbMarket full = new GbMarket(bmUnits, classes, periods);
            full.publishIsd(app.getBean(DipTopics.class).prefix());
            Measured warm = measure(app, jdbc, small, "warm-up (a tenth of the BM units)");
            Measured timed = measure(app, jdbc, full, "GB-shaped");
            System.out.printf("memory    live heap after the run: %d MB at %,d aggregates, %d MB at %,d (flat when "
                            + "these are close)%n", warm.liveMb, small.aggregates(), timed.liveMb, full.aggregates());
            System.out.printf("target    ≤ %.0f s for %,d aggregates: %s%n", TARGET_SECONDS, full.aggregates(),
                    timed.seconds <= TARGET_SECONDS ? "met" : "NOT met");
        }
    }

    private record Measured(double seconds, long liveMb) {
    }

    private static Measured measure(ConfigurableApplicationContext app, JdbcTemplate jdbc, GbMarket market,
                                    String label) throws Exception {
        DataSource dataSource = app.getBean(DataSource.class);
        jdbc.execute("truncate run_weight, bm_unit_volume, correction_factor, aggregate, aggregate_set, gsp_group_take,"
                + " gsp_group_take_version, scheduled_run, run cascade");
        jdbc.execute("truncate dip_outbox");
        // seed: the aggregate set, a GSP Group Take version 3 % over the metered total, a run in CALCULATING
        long s0 = System.nanoTime();
        UUID setId = UUID.randomUUID();
        jdbc.update("insert into aggregate_set (id, settlement_date, run_type, mds_run_id, mds_run_number, rows)"
                + " values (?, ?, 'SF', ?, 1, ?)", setId, Date.valueOf(DATE), UUID.randomUUID(), market.aggregates());
        long[][] signedWh = new long[GbMarket.GSP_GROUPS.length][market.periods];
        long rows = market.copyAggregates(dataSource, setId, signedWh);
        long takeId = jdbc.queryForObject("insert into gsp_group_take_version (settlement_date, version, source)"
                + " values (?, 1, 'UPLOAD') returning id", Long.class, Date.valueOf(DATE));
        List<Object[]> take = new ArrayList<>();
        for (int g = 0; g < GbMarket.GSP_GROUPS.length; g++) {
            for (int p = 0; p < market.periods; p++) {
                take.add(new Object[] {takeId, GbMarket.GSP_GROUPS[g], p + 1,
                        BigDecimal.valueOf(signedWh[g][p] * 103 / 100, 3)});
            }
        }
        jdbc.batchUpdate("insert into gsp_group_take (version_id, gsp_group, period, kwh) values (?, ?, ?, ?)", take);
        jdbc.execute("vacuum analyze aggregate");
        UUID runId = UUID.randomUUID();
        Instant executed = Instant.now();
        jdbc.update("""
                insert into run (id, settlement_date, run_type, run_number, state, trigger, periods, attempts,
                                 aggregate_set_id, gsp_group_take_id, isd_version, requested_at, started_at)
                values (?, ?, 'SF', 1, 'CALCULATING', 'OPERATOR', ?, 1, ?, ?, 1, now(), now())""",
                runId, Date.valueOf(DATE), market.periods, setId, takeId);
        System.out.printf("%s: seeded %,d aggregates (%d BM units × %d classes × %d periods × 14 groups) in %.1f s%n",
                label, rows, market.bmUnits, market.classes, market.periods, (System.nanoTime() - s0) / 1e9);

        AllocationReference reference = app.getBean(IsdReference.class).allocationReference(DATE);
        RunContext run = new RunContext(runId, DATE, RunType.SF, 1, market.periods, executed, setId, takeId);
        VolumeAllocation allocation = app.getBean(VolumeAllocation.class);
        RunReports reports = app.getBean(RunReports.class);
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));

        double baseline1 = baseline(market, reference);
        HeapWatch heap = HeapWatch.start();
        StackSampler sampler = new StackSampler(Thread.currentThread(), STEPS);
        CpuMeter cpu = new CpuMeter();
        long[] cpuBefore = cpu.now();
        Map<String, Long> threadsBefore = CpuMeter.byThread();
        sampler.start();
        long t0 = System.nanoTime();
        long[] calcEnd = new long[1];
        int[] sent = new int[1];
        AllocationOutcome outcome = transaction.execute(status -> {
            AllocationOutcome o = allocation.allocate(run, reference, line -> { });
            calcEnd[0] = System.nanoTime();
            sent[0] = reports.publish(run, reference);
            return o;
        });
        long t1 = System.nanoTime();
        sampler.stop();
        long[] cpuAfter = cpu.now();
        Map<String, Long> threadsAfter = CpuMeter.byThread();
        heap.stop();
        double baseline2 = baseline(market, reference);
        double baseline = Math.min(baseline1, baseline2);

        Map<String, Object> check = jdbc.queryForMap("""
                select (select sum(corrected) from bm_unit_volume where run_id = ?) allocated,
                       (select sum(kwh) from gsp_group_take where version_id = ?) take""", runId, takeId);
        long outbox = jdbc.queryForObject("select count(*) from dip_outbox", Long.class);
        double seconds = (t1 - t0) / 1e9;
        double calcSeconds = (calcEnd[0] - t0) / 1e9;
        CpuMeter.PerItem perItem = CpuMeter.perItem(cpuBefore, cpuAfter, (int) Math.min(Integer.MAX_VALUE, rows));
        System.out.println();
        System.out.println("=== Volume allocation service: " + label + " run ===");
        System.out.printf("machine   %s, -Xmx %d MB; PostgreSQL %s%n", BenchApp.machine(), BenchApp.maxHeapMb(),
                jdbc.queryForObject("show server_version", String.class));
        System.out.printf("run       %s SF: %,d aggregates → %,d correction factors (%d exceptions), %,d BM unit "
                        + "volumes, %,d reports (%,d outbox rows)%n", DATE, rows, outcome.correctionFactors(),
                outcome.exceptions(), outcome.bmUnitVolumes(), sent[0], outbox);
        System.out.printf("check     Σ BM unit allocated volumes %s kWh = Σ GSP Group Take %s kWh%n",
                check.get("allocated"), check.get("take"));
        System.out.printf("time      %.1f s from stored aggregates to stored results and reports (calculation %.1f s,"
                + " reports %.1f s)%n", seconds, calcSeconds, seconds - calcSeconds);
        System.out.printf("baseline  pure calculation (GspGroupCorrection, every component corrected) over the same "
                + "data in memory: %.2f s before, %.2f s after (the better counts)%n", baseline1, baseline2);
        System.out.printf("ratio     run time ÷ baseline time = %.1f%n", seconds / baseline);
        System.out.printf("CPU       %.2f µs per aggregate (JVM %.2f, PostgreSQL %.2f)%n",
                perItem.totalMillis() * 1000, perItem.jvmMillis() * 1000, perItem.postgresMillis() * 1000);
        System.out.printf("threads   JVM ms CPU by thread: %s%n", CpuMeter.topThreadsMillis(threadsBefore,
                threadsAfter, 6));
        System.out.printf("heap      peak used (pools' peaks, garbage included) %d MB; sampled max %d MB; live after "
                        + "GC %d MB; -Xmx %d MB%n", heap.peakPoolsBytes() >> 20, heap.sampledMaxBytes() >> 20,
                heap.liveAfterGcBytes() >> 20, BenchApp.maxHeapMb());
        System.out.printf("where     wall time of the running thread (%,d samples every 10 ms): %s%n%n",
                sampler.total(), sampler.summary());
        return new Measured(seconds, heap.liveAfterGcBytes() >> 20);
    }

    /** The pure calculation over the market's data, one GSP group's components in memory at a time. */
    private static double baseline(GbMarket market, AllocationReference reference) {
        GspGroupCorrection correction = new GspGroupCorrection(new CorrectionBand(new BigDecimal("0.9"),
                new BigDecimal("1.1")));
        ComponentClass[] classes = new ComponentClass[market.classes];
        for (int c = 0; c < market.classes; c++) {
            classes[c] = reference.componentClass(GbMarket.FIRST_CLASS + c).orElseThrow();
        }
        long started = System.nanoTime();
        BigDecimal total = BigDecimal.ZERO;
        for (int g = 0; g < GbMarket.GSP_GROUPS.length; g++) {
            for (int p = 1; p <= market.periods; p++) {
                List<GspGroupCorrection.Component> components = new ArrayList<>(market.bmUnits * market.classes);
                long signed = 0;
                for (int u = 0; u < market.bmUnits; u++) {
                    String unit = GbMarket.bmUnit(GbMarket.GSP_GROUPS[g], u);
                    for (int c = 0; c < market.classes; c++) {
                        long wh = GbMarket.wh(g, u, c, p);
                        signed += market.export(c) ? -wh : wh;
                        components.add(new GspGroupCorrection.Component(unit, classes[c],
                                classes[c].signed(BigDecimal.valueOf(wh, 3))));
                    }
                }
                GspGroupCorrection.Result result = correction.correct(BigDecimal.valueOf(signed * 103 / 100, 3),
                        components);
                for (BigDecimal v : result.bmUnits().values()) {
                    total = total.add(v);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("baseline: Σ allocated %s kWh in %.2f s%n", total.setScale(3, java.math.RoundingMode.HALF_UP),
                seconds);
        return seconds;
    }
}
