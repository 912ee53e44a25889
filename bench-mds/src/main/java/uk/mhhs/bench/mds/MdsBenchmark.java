package uk.mhhs.bench.mds;

import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.listener.DipPubListenerContainers;
import uk.mhhs.mds.MarketWideDataServiceApplication;
import uk.mhhs.mds.runs.SettlementRun;
import uk.mhhs.testsupport.TestKafka;
import uk.mhhs.testsupport.bench.BenchApp;
import uk.mhhs.testsupport.bench.CopyStream;
import uk.mhhs.testsupport.bench.CpuMeter;
import uk.mhhs.testsupport.bench.HeapWatch;
import uk.mhhs.testsupport.bench.StackSampler;
import uk.mhhs.testsupport.mds.If021Stream;
import uk.mhhs.testsupport.mds.IsdRows;
import uk.mhhs.testsupport.mds.SyntheticMarket;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The market-wide data service (MDS), two measurements in one JVM (service heap {@code -Xmx1g}, as the issue asks):
 *
 * <ol>
 * <li><b>Intake.</b> N MPANs' registration facts ({@code mpan_fact}: REGISTERED T, supplier ALPH, GSP group,
 * distributor, DUoS tariff, connection type W, direction I, segment S, domestic, energised, data service, annual
 * consumption) are seeded with COPY; N IF-021 PUB records (D0 with unique transaction IDs, addressed to MDS) are
 * produced to {@code <prefix>dip.pub.021} while MDS's PUB listeners are stopped; then the listeners are started and
 * the clock runs until {@code consumption} has the N rows (batch listener → ECS checks → {@code ConsumptionStore}).
 * Baseline in the same run: a COPY of the same N rows (wh and q arrays) into a copy of the table.</li>
 * <li><b>Run.</b> M MPANs (1,000,000 by default) registered on one GMT settlement date, their facts and one
 * {@code consumption} row each for the date seeded with COPY except one MPAN in {@value #WITHOUT_DATA_EVERY}
 * (defaulted from the load shape, one IF-013 each); the ISD rows a run needs (DUoS tariff → LLFC, line loss factors
 * for the date, a base BM unit per GSP group, 12 consumption component classes) are published to the compacted
 * {@code isd.*} topics and the date's load shapes written into {@code load_shape}. {@link SettlementRun#run} is timed
 * until it returns. Baseline in the same run: one hand-written SQL {@code sum … group by} (GSP group, domestic,
 * period) over the same consumption rows joined to the facts.</li>
 * </ol>
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl bench-mds -am verify -DskipTests}; sizes {@code -Dbench.mds.intake=50000}
 * and {@code -Dbench.mds.mpans=1000000} (the defaults).
 */
public final class MdsBenchmark {

    static final String DS = SyntheticMarket.DS;
    /** One MPAN in this many has no consumption on the run's date (defaulted, IF-013). */
    static final int WITHOUT_DATA_EVERY = 50;
    static final int WARM_UP_MESSAGES = 5_000;
    static final double INTAKE_TARGET = 10_000;
    static final double RUN_TARGET_SECONDS = 60;

    /** Where the running thread's wall time goes, by the innermost known frame. */
    private static final String[][] RUN_STEPS = {
            {"uk.mhhs.common.validation.MessageValidator", "schema validation (IF-013)"},
            {"uk.mhhs.dipclient.outbox", "outbox insert (IF-013)"},
            {"uk.mhhs.dipclient.process.ProcessLog", "process_message insert (IF-013)"},
            {"uk.mhhs.dipclient.process.Outbound", "IF-013 envelope"},
            {"uk.mhhs.mds.runs.DefaultNotices", "IF-013 body"},
            {"uk.mhhs.dipclient.shapes.LoadShapeStore", "load shape read"},
            {"uk.mhhs.dipclient.facts.MpanFacts", "facts asAt SQL + rows"},
            {"uk.mhhs.mds.runs.SettlementRun.lambda$consumption", "consumption rows → Java"},
            {"uk.mhhs.mds.runs.SettlementRun.consumption", "consumption SQL"},
            {"uk.mhhs.mds.runs.SettlementRun.registeredOn", "registered MPANs SQL"},
            {"uk.mhhs.mds.runs.SettlementRun.consumptionInputs", "inputs SQL"},
            {"uk.mhhs.mds.rules.ConsumptionComponentClasses", "CCC lookup"},
            {"uk.mhhs.mds.rules.Losses", "losses (BigDecimal)"},
            {"uk.mhhs.mds.rules.Defaults", "defaults (BigDecimal)"},
            {"uk.mhhs.mds.runs.RunReference", "ISD lookups"},
            {"uk.mhhs.mds.runs.SettlementRun.add", "aggregate map"},
            {"uk.mhhs.dipclient.isd", "ISD topics read"},
            {"org.springframework.transaction", "commit/transaction"},
            {"uk.mhhs.mds.runs.SettlementRun", "SettlementRun (own code, run_aggregate insert)"},
    };

    /** Where the listener thread's wall time goes during intake. */
    private static final String[][] INTAKE_STEPS = {
            {"uk.mhhs.common.validation.MessageValidator", "schema validation"},
            {"uk.mhhs.mds.consumption.ConsumptionStore", "consumption store SQL"},
            {"uk.mhhs.dipclient.facts.MpanFacts", "facts asAt SQL"},
            {"uk.mhhs.mds.rules.ConsumptionChecks", "ECS checks"},
            {"uk.mhhs.mds.consumption.ConsumptionIntake.days", "IF-021 JSON → days"},
            {"uk.mhhs.mds.consumption.ConsumptionIntake.recordFindings", "findings insert"},
            {"uk.mhhs.mds.consumption.ConsumptionIntake", "ConsumptionIntake (own code)"},
            {"uk.mhhs.dipclient.process.Outbound", "outbound"},
            {"uk.mhhs.dipclient.inbox.DipInbox", "inbox SQL"},
            {"uk.mhhs.dipclient.listener.PubMessage", "PUB parse"},
            {"uk.mhhs.dipclient.listener", "dispatcher"},
            {"tools.jackson", "JSON parse (other)"},
            {"org.springframework.transaction", "commit/transaction"},
            {"org.apache.kafka.clients.consumer", "Kafka poll"},
    };

    /** Each MPAN's GSP group and domestic fact joined straight (the seed has one row of each per MPAN). */
    static final String RUN_BASELINE_SQL = """
            select g.value gsp, d.value dom, p.i, sum(p.v), sum(p.v * 0.05), count(*)
              from consumption c
              join mpan_fact g on g.mpan_core = c.mpan_core and g.fact = 'GSP_GROUP' and g.effective_from <= ?
              join mpan_fact d on d.mpan_core = c.mpan_core and d.fact = 'DOMESTIC' and d.effective_from <= ?,
                   unnest(c.wh) with ordinality p(v, i)
             where c.settlement_date = ? and c.current
             group by 1, 2, 3""";

    public static void main(String[] args) {
        BenchApp.runAndExit(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        int intakeN = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int mpans = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Map<String, Object> properties = BenchApp.properties("bench_mds");
        properties.put("mhhs.scheduler.enabled", false);
        properties.put("mhhs.dip.listener.auto-startup", false); // the benchmark starts the PUB listeners
        LocalDate intakeDate = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        LocalDate runDate = LocalDate.of(2026, 11, 25); // GMT: settlement periods 1..48 = the UTC date's

        try (ConfigurableApplicationContext app = BenchApp.start(MarketWideDataServiceApplication.class, properties)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            DataSource dataSource = app.getBean(DataSource.class);
            DipTopics topics = app.getBean(DipTopics.class);
            DipPubListenerContainers listeners = app.getBean(DipPubListenerContainers.class);

            long seedStart = System.nanoTime();
            jdbc.execute("truncate consumption, consumption_finding, mpan_fact, load_shape, run_aggregate, run cascade");
            jdbc.execute("truncate dip_outbox");
            int factMpans = Math.max(mpans, intakeN + WARM_UP_MESSAGES);
            long factRows = seedFacts(dataSource, factMpans);
            jdbc.execute("vacuum analyze mpan_fact");
            System.out.printf("seeded %,d mpan_fact rows (%,d MPANs × 13 facts) in %.1f s (%,d MB on disk)%n",
                    factRows, factMpans, (System.nanoTime() - seedStart) / 1e9,
                    jdbc.queryForObject("select pg_total_relation_size('mpan_fact')", Long.class) >> 20);

            intake(app, jdbc, dataSource, topics, listeners, intakeN, intakeDate);
            listeners.stop();
            runBenchmark(app, jdbc, dataSource, topics, mpans, runDate);
        }
    }

    // ---- intake -------------------------------------------------------------------------------------------

    private static void intake(ConfigurableApplicationContext app, JdbcTemplate jdbc, DataSource dataSource,
                               DipTopics topics, DipPubListenerContainers listeners, int n, LocalDate date)
            throws Exception {
        String topic = topics.publication("IF-021");
        // warm-up: MPANs after the timed ones, the day before, through the same listener (not counted)
        long w0 = System.nanoTime();
        produce(topic, n, WARM_UP_MESSAGES, date.minusDays(1), "W");
        listeners.start();
        awaitRows(jdbc, date.minusDays(1), WARM_UP_MESSAGES, 300);
        listeners.stop();
        System.out.printf("intake warm-up: %,d IF-021 of %s stored in %.1f s%n", WARM_UP_MESSAGES, date.minusDays(1),
                (System.nanoTime() - w0) / 1e9);

        long p0 = System.nanoTime();
        long bytes = produce(topic, 0, n, date, "T");
        System.out.printf("produced %,d IF-021 PUB records (%,d MB, avg %,d bytes) to %s in %.1f s (listener "
                + "stopped)%n", n, bytes >> 20, bytes / n, topic, (System.nanoTime() - p0) / 1e9);

        // baseline: COPY of the same rows into a copy of the table
        jdbc.execute("drop table if exists consumption_copy");
        jdbc.execute("create table consumption_copy (like consumption including defaults)");
        long b0 = System.nanoTime();
        long copied = copyConsumption(dataSource, "consumption_copy", 0, n, date, 0);
        double baselineSeconds = (System.nanoTime() - b0) / 1e9;
        jdbc.execute("drop table consumption_copy");
        System.out.printf("intake baseline: COPY of %,d rows in %.2f s%n", copied, baselineSeconds);

        HeapWatch heap = HeapWatch.start();
        CpuMeter cpu = new CpuMeter();
        long[] cpuBefore = cpu.now();
        Map<String, Long> threadsBefore = CpuMeter.byThread();
        long t0 = System.nanoTime();
        listeners.start();
        StackSampler sampler = new StackSampler(listenerThread(), INTAKE_STEPS);
        sampler.start();
        long stored = awaitRows(jdbc, date, n, 1800);
        long t1 = System.nanoTime();
        sampler.stop();
        long[] cpuAfter = cpu.now();
        Map<String, Long> threadsAfter = CpuMeter.byThread();
        heap.stop();
        long peak = heap.peakPoolsBytes();
        long live = heap.liveAfterGcBytes();
        long findings = jdbc.queryForObject("select count(*) from consumption_finding", Long.class);

        double seconds = (t1 - t0) / 1e9;
        double rate = stored / seconds;
        CpuMeter.PerItem perMessage = CpuMeter.perItem(cpuBefore, cpuAfter, (int) stored);
        System.out.println();
        System.out.println("=== Market-wide data service: IF-021 intake ===");
        System.out.printf("machine   %s, -Xmx %d MB; PostgreSQL %s%n", BenchApp.machine(), BenchApp.maxHeapMb(),
                jdbc.queryForObject("show server_version", String.class));
        System.out.printf("intake    %,d IF-021 (%s, 48 periods) on %s → %,d consumption rows, %,d findings, in "
                + "%.1f s: %,.0f messages/s%n", n, date, topic, stored, findings, seconds, rate);
        System.out.printf("baseline  COPY of the same %,d rows (wh, q arrays) into a copy table: %.2f s (%,.0f rows/s)%n",
                n, baselineSeconds, n / baselineSeconds);
        System.out.printf("ratio     intake time ÷ COPY time = %.1f%n", seconds / baselineSeconds);
        System.out.printf("CPU       %.3f ms per message (JVM incl. broker %.3f, PostgreSQL %.3f)%n",
                perMessage.totalMillis(), perMessage.jvmMillis(), perMessage.postgresMillis());
        System.out.printf("threads   ms CPU per message: %s%n", CpuMeter.topThreads(threadsBefore, threadsAfter,
                (int) stored, 6));
        System.out.printf("heap      peak used (pools' peaks, garbage included) %d MB; sampled max %d MB; live after "
                + "GC %d MB; -Xmx %d MB%n", peak >> 20, heap.sampledMaxBytes() >> 20, live >> 20,
                BenchApp.maxHeapMb());
        System.out.printf("where     wall time of the listener thread (%,d samples every 10 ms): %s%n",
                sampler.total(), sampler.summary());
        System.out.printf("target    ≥ %,.0f IF-021/s: %s%n%n", INTAKE_TARGET, rate >= INTAKE_TARGET ? "met" : "NOT met");
    }

    /** The PUB listener's consumer thread of IF-021 (started by {@link DipPubListenerContainers#start}). */
    private static Thread listenerThread() throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("dipPub.mds-consumption")) {
                    return t;
                }
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no dipPub.mds-consumption thread");
    }

    /** Produces {@code count} IF-021 PUBs for MPANs {@code from..from+count-1}; returns the bytes sent. */
    private static long produce(String topic, int from, int count, LocalDate date, String txTag) {
        String run = Long.toHexString(System.currentTimeMillis());
        return If021Stream.produce(TestKafka.instance().bootstrapServers(), topic, from, count, date,
                "T-bench-" + txTag + run, MdsBenchmark::wh);
    }

    private static long awaitRows(JdbcTemplate jdbc, LocalDate date, long n, int timeoutSeconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        long rows = 0;
        while (System.nanoTime() < deadline) {
            rows = jdbc.queryForObject("select count(*) from consumption where settlement_date = ?", Long.class,
                    Date.valueOf(date));
            if (rows >= n) {
                return rows;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("only " + rows + " of " + n + " consumption rows of " + date + " after "
                + timeoutSeconds + " s");
    }

    // ---- run ----------------------------------------------------------------------------------------------

    private static void runBenchmark(ConfigurableApplicationContext app, JdbcTemplate jdbc, DataSource dataSource,
                                     DipTopics topics, int n, LocalDate date) throws Exception {
        SettlementRun runs = app.getBean(SettlementRun.class);
        publishIsd(topics, date);
        seedShapes(jdbc, date);

        long s0 = System.nanoTime();
        long rows = copyConsumption(dataSource, "consumption", 0, n, date, WITHOUT_DATA_EVERY);
        jdbc.execute("vacuum analyze consumption");
        System.out.printf("seeded %,d consumption rows of %s (%,d MPANs without data) in %.1f s (%,d MB on disk)%n",
                rows, date, n - rows, (System.nanoTime() - s0) / 1e9, jdbc.queryForObject(
                        "select pg_total_relation_size(format('consumption_%s', to_char(?::date, 'YYYY_MM')))",
                        Long.class, Date.valueOf(date)) >> 20);

        // no warm-up run: every registered MPAN without data on another date would be defaulted (an IF-013 each);
        // the code paths are JIT-compiled within the run's first seconds
        double baseline1 = runBaseline(jdbc, date);

        HeapWatch heap = HeapWatch.start();
        StackSampler sampler = new StackSampler(Thread.currentThread(), RUN_STEPS);
        CpuMeter cpu = new CpuMeter();
        long[] cpuBefore = cpu.now();
        Map<String, Long> threadsBefore = CpuMeter.byThread();
        sampler.start();
        long t0 = System.nanoTime();
        SettlementRun.Result result = runs.run(date, "SF");
        long t1 = System.nanoTime();
        sampler.stop();
        long[] cpuAfter = cpu.now();
        Map<String, Long> threadsAfter = CpuMeter.byThread();
        heap.stop();
        long peak = heap.peakPoolsBytes();
        long live = heap.liveAfterGcBytes();
        long outbox = jdbc.queryForObject("select count(*) from dip_outbox", Long.class);
        double baseline2 = runBaseline(jdbc, date);
        double baseline = Math.min(baseline1, baseline2);
        Map<String, Object> totals = jdbc.queryForMap("""
                select count(*) aggregates, sum(kwh) kwh from run_aggregate where run_id = ?""", result.id());
        BaselineSums sums = baselineSums(jdbc, date);

        double seconds = (t1 - t0) / 1e9;
        double cpuJvm = (cpuAfter[0] - cpuBefore[0]) / 1e9;
        double cpuPg = (cpuAfter[1] - cpuBefore[1]) / 1e9;
        double perThousand = 1000.0 / result.mpans();
        System.out.println();
        System.out.println("=== Market-wide data service: settlement run ===");
        System.out.printf("machine   %s, -Xmx %d MB; PostgreSQL %s, work_mem %s%n", BenchApp.machine(),
                BenchApp.maxHeapMb(), jdbc.queryForObject("show server_version", String.class),
                jdbc.queryForObject("show work_mem", String.class));
        System.out.printf("run       %s SF #%d: %,d MPANs registered, %,d consumption rows, %,d defaulted "
                        + "(IF-013 into dip_outbox: %,d rows when it returned), %d periods, %,d aggregates "
                        + "(Σ %s kWh consumption + losses)%n", date, result.runNumber(), result.mpans(), rows,
                result.defaultedMpans(), outbox, result.periods(), result.aggregates(), totals.get("kwh"));
        System.out.printf("check     baseline Σ consumption %s kWh + losses %s kWh over the stored rows (the run adds "
                + "the defaults)%n", sums.consumption(), sums.losses());
        System.out.printf("time      run(date, \"SF\") until it returns: %.1f s%n", seconds);
        System.out.printf("baseline  one SQL sum … group by (GSP group, domestic, period) over the same rows joined "
                + "to the facts: %.2f s before, %.2f s after (the better counts)%n", baseline1, baseline2);
        System.out.printf("ratio     run time ÷ baseline time = %.1f%n", seconds / baseline);
        System.out.printf("CPU       %.1f s JVM + %.1f s PostgreSQL = %.1f ms per 1,000 MPANs (JVM %.1f, "
                        + "PostgreSQL %.1f)%n", cpuJvm, cpuPg, (cpuJvm + cpuPg) * 1000 * perThousand,
                cpuJvm * 1000 * perThousand, cpuPg * 1000 * perThousand);
        System.out.printf("threads   JVM ms CPU by thread: %s%n", CpuMeter.topThreadsMillis(threadsBefore,
                threadsAfter, 6));
        System.out.printf("heap      peak used (pools' peaks, garbage included) %d MB; sampled max %d MB; live after "
                + "GC %d MB; -Xmx %d MB%n", peak >> 20, heap.sampledMaxBytes() >> 20, live >> 20,
                BenchApp.maxHeapMb());
        System.out.printf("where     wall time of the running thread (%,d samples every 10 ms): %s%n",
                sampler.total(), sampler.summary());
        System.out.printf("target    ≤ %.0f s for %,d MPANs: %s%n", RUN_TARGET_SECONDS, result.mpans(),
                seconds <= RUN_TARGET_SECONDS ? "met" : "NOT met");
    }

    private record BaselineSums(Object consumption, Object losses) {
    }

    private static BaselineSums baselineSums(JdbcTemplate jdbc, LocalDate date) {
        Map<String, Object> row = jdbc.queryForMap("""
                select sum(v) / 1000.0 c, sum(round(v * 0.05)) / 1000.0 l
                  from consumption, unnest(wh) v where settlement_date = ? and current""", Date.valueOf(date));
        return new BaselineSums(row.get("c"), row.get("l"));
    }

    private static double runBaseline(JdbcTemplate jdbc, LocalDate date) {
        AtomicLong groups = new AtomicLong();
        long started = System.nanoTime();
        jdbc.query(RUN_BASELINE_SQL, rs -> {
            rs.getBigDecimal(4);
            groups.incrementAndGet();
        }, Date.valueOf(date), Date.valueOf(date), Date.valueOf(date));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("run baseline: %,d groups in %.2f s%n", groups.get(), seconds);
        return seconds;
    }

    private static void waitForEmptyOutbox(JdbcTemplate jdbc, int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from dip_outbox)", Boolean.class))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    // ---- seeding ------------------------------------------------------------------------------------------

    static long mpan(int i) {
        return SyntheticMarket.mpan(i);
    }

    /** The value in Wh of MPAN {@code i}'s period {@code p}: 50..549 Wh with a day-time bump. */
    static long wh(int i, int p) {
        return 50 + (i * 31L + p * 17L) % 400 + (p >= 14 && p < 44 ? 100 : 0);
    }

    /** 13 facts from 2024-01-01 of each of {@code n} MPANs ({@link SyntheticMarket}), streamed. */
    private static long seedFacts(DataSource dataSource, int n) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return SyntheticMarket.seedFacts(connection, n);
        }
    }

    /**
     * One current row for each of MPANs {@code from..from+count-1} on {@code date} (skipping one in
     * {@code withoutDataEvery} when it is positive), values {@link #wh}, q A except one row in 10 with its first
     * six periods estimated (E).
     */
    private static long copyConsumption(DataSource dataSource, String table, int from, int count, LocalDate date,
                                        int withoutDataEvery) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            CopyStream copy = new CopyStream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table
                    + " (settlement_date, mpan_core, mq, version, current, wh, q, transaction_id, sender_dip_id)"
                    + " from stdin"));
            StringBuilder out = copy.out();
            for (int i = from; i < from + count; i++) {
                if (withoutDataEvery > 0 && i % withoutDataEvery == withoutDataEvery - 1) {
                    continue;
                }
                out.append(date).append('\t').append(mpan(i)).append("\tAI\t1\tt\t{");
                for (int p = 0; p < 48; p++) {
                    out.append(p == 0 ? "" : ",").append(wh(i, p));
                }
                out.append("}\t{");
                boolean estimated = i % 10 == 3;
                for (int p = 0; p < 48; p++) {
                    out.append(p == 0 ? "" : ",").append(estimated && p < 6 ? "E" : "A");
                }
                out.append("}\tT-bench-c-").append(i).append('\t').append(DS).append('\n');
                copy.rowDone();
            }
            return copy.end();
        }
    }

    /** Each (GSP group, domestic T/F) shape for (W, S, AI) on {@code date}: flat 1.000 with a day-time 1.500. */
    private static void seedShapes(JdbcTemplate jdbc, LocalDate date) {
        StringBuilder shape = new StringBuilder("{");
        StringBuilder flags = new StringBuilder("{");
        for (int p = 0; p < 48; p++) {
            shape.append(p == 0 ? "" : ",").append(p >= 14 && p < 44 ? "1.500" : "1.000");
            flags.append(p == 0 ? "" : ",").append('A');
        }
        for (String gsp : SyntheticMarket.GSP_GROUPS) {
            for (String domestic : List.of("T", "F")) {
                jdbc.update("""
                        insert into load_shape (settlement_date, gsp_group, connection_type, segment, domestic, mq,
                                                period_values, flags, annual_total)
                        values (?, ?, 'W', 'S', ?, 'AI', ?::numeric[], ?::varchar[], 19345.000)""",
                        Date.valueOf(date), gsp, domestic, shape + "}", flags + "}");
            }
        }
    }

    /** The ISD rows a run reads ({@link IsdRows}), published to the test broker. */
    private static void publishIsd(DipTopics topics, LocalDate... dates) {
        IsdRows.publish(TestKafka.instance().bootstrapServers(), topics.prefix(), dates);
    }
}
