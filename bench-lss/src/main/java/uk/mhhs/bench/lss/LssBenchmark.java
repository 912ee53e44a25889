package uk.mhhs.bench.lss;

import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.lss.LoadShapingServiceApplication;
import uk.mhhs.lss.LssProperties;
import uk.mhhs.lss.calculation.ShapeCalculation;
import uk.mhhs.lss.calculation.ShapeStore;
import uk.mhhs.lss.rules.Category;
import uk.mhhs.lss.rules.PeriodSums;
import uk.mhhs.testsupport.bench.BenchApp;
import uk.mhhs.testsupport.bench.CopyStream;
import uk.mhhs.testsupport.bench.CpuMeter;
import uk.mhhs.testsupport.bench.HeapWatch;
import uk.mhhs.testsupport.bench.StackSampler;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load shaping service's calculation of one UTC date from N stored IF-021 MPAN-days, end to end: N rows of
 * {@code consumption_day} (48 actual values in Wh each, a few not actual) spread over the 14 GSP groups, connection
 * types, segments and domestic indicators are bulk-loaded with COPY; then {@link ShapeCalculation#calculate} is
 * timed until it returns (the fine sums summed by PostgreSQL, every category's shape and totals, the run stored and
 * IF-022 / IF-023 written to {@code dip_outbox}, one transaction), then the relay until the outbox is empty. The
 * baseline, in the same run, is one hand-written SQL {@code avg … group by} over the same stored rows.
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl bench-lss -am verify -DskipTests}; size: {@code -Dbench.lss.mpans=1000000}
 * (default).
 */
public final class LssBenchmark {

    private static final String[] GSP_GROUPS = {"_A", "_B", "_C", "_D", "_E", "_F", "_G", "_H", "_J", "_K", "_L",
            "_M", "_N", "_P"};
    private static final int WARM_UP_ROWS = 20_000;
    private static final double TARGET_SECONDS = 60;
    static final String BASELINE_SQL = """
            select gsp_group, connection_type, segment, domestic, mq, p.i, avg(p.v)
              from consumption_day c, unnest(c.actual_wh) with ordinality p(v, i)
             where settlement_date = ?
             group by 1, 2, 3, 4, 5, 6""";

    private static final String UNNEST_FINE_SUMS_SQL = """
            select c.gsp_group, c.connection_type, c.segment, c.domestic, c.mq, p.i, count(p.v), coalesce(sum(p.v), 0)
              from consumption_day c cross join lateral unnest(c.actual_wh) with ordinality p(v, i)
             where c.settlement_date = ? and c.actual_count > 0 and p.v is not null
             group by 1, 2, 3, 4, 5, 6""";

    /** Where the calculating thread's wall time goes, by the innermost known frame. */
    private static final String[][] STEPS = {
            {"uk.mhhs.common.validation.MessageValidator", "schema validation"},
            {"uk.mhhs.dipclient.DipOutbox", "outbox insert"},
            {"uk.mhhs.dipclient.outbox", "outbox insert"},
            {"uk.mhhs.dipclient.process.Outbound", "envelope → JSON tree"},
            {"uk.mhhs.lss.publication.ShapeMessages", "IF-022/023 bodies"},
            {"uk.mhhs.lss.calculation.ShapeStore.lambda$fineSums", "fineSums rows → Java"},
            {"uk.mhhs.lss.calculation.ShapeStore.fineSums", "fineSums SQL"},
            {"uk.mhhs.lss.calculation.ShapeStore.sample", "sample count SQL"},
            {"uk.mhhs.lss.calculation.ShapeStore.insert", "shape_run/shape insert"},
            {"uk.mhhs.lss.calculation.ShapeStore.dayTotals", "totals history read"},
            {"uk.mhhs.lss.calculation.ShapeStore", "other ShapeStore SQL"},
            {"uk.mhhs.lss.rules.TotalsCalculator", "totals rules"},
            {"uk.mhhs.lss.rules.", "shape rules"},
            {"org.springframework.transaction", "commit/transaction"},
            {"uk.mhhs.lss.calculation.ShapeCalculation", "ShapeCalculation (own code)"},
    };

    public static void main(String[] args) {
        BenchApp.runAndExit(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Map<String, Object> properties = BenchApp.properties("bench_lss");
        properties.put("mhhs.scheduler.enabled", false); // only the benchmark calculates
        LocalDate date = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        LocalDate warmDate = date.minusDays(1);

        try (ConfigurableApplicationContext app = BenchApp.start(LoadShapingServiceApplication.class, properties)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            DataSource dataSource = app.getBean(DataSource.class);
            ShapeCalculation calculation = app.getBean(ShapeCalculation.class);
            ShapeStore store = app.getBean(ShapeStore.class);

            long seedStart = System.nanoTime();
            jdbc.execute("truncate consumption_day, shape, shape_run, dip_outbox");
            seed(dataSource, n, date);
            jdbc.execute("vacuum analyze consumption_day"); // hint bits and visibility set, as a table at rest
            long tableBytes = jdbc.queryForObject("select pg_total_relation_size('consumption_day')", Long.class);
            System.out.printf("seeded %,d consumption_day rows of %s in %.1f s (%,d MB on disk)%n", n, date,
                    (System.nanoTime() - seedStart) / 1e9, tableBytes >> 20);

            // warm-up: the same code over a copy of a slice of the rows on the day before (not counted); it also
            // gives the timed date a day of totals' history
            long warmStart = System.nanoTime();
            jdbc.update("""
                    insert into consumption_day (settlement_date, mpan_core, mq, gsp_group, connection_type, segment,
                                                 domestic, actual_wh, actual_count, transaction_id)
                    select ?, mpan_core, mq, gsp_group, connection_type, segment, domestic, actual_wh, actual_count,
                           transaction_id
                      from consumption_day where settlement_date = ? limit ?""",
                    Date.valueOf(warmDate), Date.valueOf(date), Math.min(WARM_UP_ROWS, n));
            jdbc.execute("analyze consumption_day");
            ShapeCalculation.Outcome warm = calculation.calculate(warmDate);
            jdbc.query(BASELINE_SQL, rs -> { }, Date.valueOf(warmDate));
            waitForEmptyOutbox(jdbc);
            System.out.printf("warm-up: %s on %,d rows of %s in %.1f s%n", warm.reason(), Math.min(WARM_UP_ROWS, n),
                    warmDate, (System.nanoTime() - warmStart) / 1e9);

            // baseline (1): the hand-written SQL over the same rows
            double baseline1 = baseline(jdbc, date);

            HeapWatch heap = HeapWatch.start();
            StackSampler sampler = new StackSampler(Thread.currentThread(), STEPS);
            CpuMeter cpu = new CpuMeter();
            long[] cpuBefore = cpu.now();
            Map<String, Long> threadsBefore = CpuMeter.byThread();

            sampler.start();
            long t0 = System.nanoTime();
            ShapeCalculation.Outcome outcome = calculation.calculate(date);
            long tCalculated = System.nanoTime();
            sampler.stop();
            long[] cpuCalculated = cpu.now();
            // the relay may already be publishing: what is still in the outbox at this instant (racy, for colour)
            long outboxAtReturn = jdbc.queryForObject("select count(*) from dip_outbox", Long.class);
            waitForEmptyOutbox(jdbc);
            long tRelayed = System.nanoTime();
            long[] cpuAfter = cpu.now();
            Map<String, Long> threadsAfter = CpuMeter.byThread();
            heap.stop();
            long peakHeapPools = heap.peakPoolsBytes();
            long liveAfterGc = heap.liveAfterGcBytes();

            // baseline (2) after the calculation; and fineSums alone, for the split
            double baseline2 = baseline(jdbc, date);
            long f0 = System.nanoTime();
            Map<Category, PeriodSums> fine = store.fineSums(date);
            int fineCategories = fine.size();
            double fineSumsSeconds = (System.nanoTime() - f0) / 1e9;
            // the service's fineSums before this benchmark (unnest + group by category and period): timed, and its
            // sums compared with the current query's
            long u0 = System.nanoTime();
            Map<Category, long[][]> unnested = new HashMap<>();
            jdbc.query(UNNEST_FINE_SUMS_SQL, rs -> {
                long[][] a = unnested.computeIfAbsent(new Category(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4).isEmpty() ? null : rs.getString(4), rs.getString(5)),
                        k -> new long[][] {new long[48], new long[48]});
                a[0][rs.getInt(6) - 1] = rs.getLong(7);
                a[1][rs.getInt(6) - 1] = rs.getLong(8);
            }, Date.valueOf(date));
            double unnestSeconds = (System.nanoTime() - u0) / 1e9;
            boolean same = unnested.size() == fine.size() && unnested.entrySet().stream().allMatch(e ->
                    fine.containsKey(e.getKey()) && new PeriodSums(e.getValue()[0], e.getValue()[1])
                            .equals(fine.get(e.getKey())));
            double baselineSeconds = Math.min(baseline1, baseline2);

            Map<String, Object> run = jdbc.queryForMap("""
                    select run_number, sample, categories from shape_run where settlement_date = ?
                     order by run_number desc limit 1""", Date.valueOf(date));
            long categories = ((Number) run.get("categories")).longValue();
            int perMessage = app.getBean(LssProperties.class).categoriesPerMessage();
            long messages = 2 * ((categories + perMessage - 1) / perMessage);
            double seconds = (tCalculated - t0) / 1e9;
            double relaySeconds = (tRelayed - tCalculated) / 1e9;
            double cpuJvm = (cpuCalculated[0] - cpuBefore[0]) / 1e9;
            double cpuPg = (cpuCalculated[1] - cpuBefore[1]) / 1e9;
            double perThousand = 1000.0 / n;
            System.out.println();
            System.out.println("=== Load shaping service: shapes for a date ===");
            System.out.printf("jdbc      %s%n", properties.get("spring.datasource.url"));
            System.out.printf("machine   %s, -Xmx %d MB; PostgreSQL %s, work_mem %s, "
                            + "max_parallel_workers_per_gather %s%n", BenchApp.machine(), BenchApp.maxHeapMb(),
                    jdbc.queryForObject("show server_version", String.class),
                    jdbc.queryForObject("show work_mem", String.class),
                    jdbc.queryForObject("show max_parallel_workers_per_gather", String.class));
            System.out.printf("date      %s: %,d consumption_day rows (sample %s MPAN-days with an actual value); "
                            + "%s: run %s, %,d categories published (%,d fine), %,d messages (IF-022 + IF-023, "
                            + "%d categories a message) into dip_outbox%n", date, n, run.get("sample"),
                    outcome.reason(), run.get("run_number"), categories, fineCategories, messages, perMessage);
            System.out.printf("time      calculate(date) until it returns (messages in the outbox) %.2f s; relay "
                    + "until dip_outbox is empty %.2f s more (%d rows still in it when calculate returned)%n", seconds,
                    relaySeconds, outboxAtReturn);
            System.out.printf("split     fineSums SQL alone (timed again after the run) %.2f s; the rest of "
                    + "calculate ≈ %.2f s%n", fineSumsSeconds, Math.max(0, seconds - fineSumsSeconds));
            System.out.printf("before    fineSums as it was (unnest + group by category and period) %.2f s; same "
                    + "sums as the current fineSums: %s%n", unnestSeconds, same);
            System.out.printf("baseline  hand-written SQL avg … group by over the same rows: %.2f s before, %.2f s "
                    + "after the calculation (the better one counts)%n", baseline1, baseline2);
            System.out.printf("ratio     calculation time ÷ baseline time = %.2f%n", seconds / baselineSeconds);
            System.out.printf("CPU       calculation: %.1f s JVM + %.1f s PostgreSQL = %.1f ms per 1,000 MPAN-days "
                            + "(JVM %.1f + PostgreSQL %.1f); with the relay: %.1f ms per 1,000%n", cpuJvm, cpuPg,
                    (cpuJvm + cpuPg) * 1000 * perThousand, cpuJvm * 1000 * perThousand, cpuPg * 1000 * perThousand,
                    ((cpuAfter[0] - cpuBefore[0]) + (cpuAfter[1] - cpuBefore[1])) / 1e6 * perThousand);
            System.out.printf("threads   JVM ms CPU by thread (calculation + relay): %s%n",
                    CpuMeter.topThreadsMillis(threadsBefore, threadsAfter, 6));
            System.out.printf("heap      peak used (sum of heap pools' peaks, garbage included) %d MB; sampled max "
                            + "used %d MB; used after System.gc() %d MB; -Xmx %d MB%n", peakHeapPools >> 20,
                    heap.sampledMaxBytes() >> 20, liveAfterGc >> 20, BenchApp.maxHeapMb());
            System.out.printf("where     wall time of the calculating thread (%,d samples every 10 ms): %s%n",
                    sampler.total(), sampler.summary());
            System.out.printf("target    ≤ %.0f s from stored data to both messages in the outbox: %s%n",
                    TARGET_SECONDS, seconds <= TARGET_SECONDS ? "met" : "NOT met");
        }
    }

    private static double baseline(JdbcTemplate jdbc, LocalDate date) {
        AtomicLong rows = new AtomicLong();
        long started = System.nanoTime();
        jdbc.query(BASELINE_SQL, rs -> {
            rs.getBigDecimal(7);
            rows.incrementAndGet();
        }, Date.valueOf(date));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("baseline: %,d groups in %.2f s%n", rows.get(), seconds);
        return seconds;
    }

    private static void waitForEmptyOutbox(JdbcTemplate jdbc) throws InterruptedException {
        while (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from dip_outbox)", Boolean.class))) {
            Thread.sleep(20);
        }
    }

    // ---- seeding ------------------------------------------------------------------------------------------

    /**
     * N rows for {@code date}, streamed in ~1 MB chunks (memory does not grow with N): GSP group round robin over
     * the 14, connection type W (L one in 8), segment S (A one in 10), domestic T 55 %, F 30 %, unknown 15 %, mq AI;
     * 48 values of 20..1,500 Wh with a day-time bump; one row in 4 has one to three periods not actual (null), one in
     * 2,000 none actual.
     */
    private static void seed(DataSource dataSource, int n, LocalDate date) throws Exception {
        SplittableRandom random = new SplittableRandom(20261202L);
        try (Connection connection = dataSource.getConnection()) {
            CopyStream copy = new CopyStream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy consumption_day (settlement_date, mpan_core, mq, gsp_group, connection_type, segment,
                                          domestic, actual_wh, actual_count, transaction_id) from stdin"""));
            StringBuilder out = copy.out();
            long[] values = new long[48];
            boolean[] actual = new boolean[48];
            for (int i = 0; i < n; i++) {
                String gsp = GSP_GROUPS[i % GSP_GROUPS.length];
                String connectionType = random.nextInt(8) == 0 ? "L" : "W";
                String segment = random.nextInt(10) == 0 ? "A" : "S";
                int d = random.nextInt(20);
                String domestic = d < 11 ? "T" : d < 17 ? "F" : "";
                int base = 20 + random.nextInt(400);
                java.util.Arrays.fill(actual, true);
                if (random.nextInt(2000) == 0) {
                    java.util.Arrays.fill(actual, false);
                } else if (random.nextInt(4) == 0) {
                    for (int k = 1 + random.nextInt(3); k > 0; k--) {
                        actual[random.nextInt(48)] = false;
                    }
                }
                int count = 0;
                for (int p = 0; p < 48; p++) {
                    values[p] = base + (p >= 14 && p < 44 ? 300 : 0) + random.nextInt(800);
                    count += actual[p] ? 1 : 0;
                }
                out.append(date).append('\t').append(1_200_000_000_000L + i).append("\tAI\t").append(gsp)
                        .append('\t').append(connectionType).append('\t').append(segment).append('\t')
                        .append(domestic).append("\t{");
                for (int p = 0; p < 48; p++) {
                    if (p > 0) {
                        out.append(',');
                    }
                    if (actual[p]) {
                        out.append(values[p]);
                    } else {
                        out.append("NULL");
                    }
                }
                out.append("}\t").append(count).append("\tT-bench-").append(i).append('\n');
                copy.rowDone();
            }
            copy.end();
        }
    }
}
