package uk.mhhs.bench.dataservice;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.dataservice.DataServiceApplication;
import uk.mhhs.dataservice.processing.DayProcessing;
import uk.mhhs.dataservice.processing.PendingDayProcessor;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.RealServersProperties;
import uk.mhhs.testsupport.TestKafka;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The data service's daily IF-021 production for N smart MPAN-days, end to end: N smart MPANs (appointment, M0,
 * facts W/S/E/H/AC, a meter) and one UTC date of interval values with gaps (every MPAN one missing period,
 * interpolated; every 10th six missing periods, estimated, and of those every other with a daily register advance to
 * apportion) are bulk-loaded; then the whole day is queued in {@code pending_day}, drained by
 * {@link PendingDayProcessor} (batches of {@code mhhs.data-service.batch-size}: validation, estimation, IF-021 built,
 * schema-checked and written to the outbox) while the outbox relay publishes to {@code dip.submissions}; the clock
 * stops when the outbox is empty and every IF-021 is on the topic. The baseline, in the same run, is a raw
 * {@link KafkaTemplate} send of the same message bytes (read back from the topic) with the relay's durability
 * (idempotent, acks=all).
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl bench-data-service -am verify -DskipTests}; size:
 * {@code -Dbench.dataservice.mpans=100000} (default).
 */
public final class DataServiceBenchmark {

    private static final String SUPPLIER = "1400000001";
    private static final String LDSO = "2300000004";
    private static final int BASELINE_DISTINCT = 10_000;

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1); // the embedded servers' threads would keep the JVM alive
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Map<String, Object> properties = new HashMap<>(RealServersProperties.forName("bench_data_service"));
        properties.put("server.port", 0);
        properties.put("spring.main.banner-mode", "off");
        properties.put("mhhs.scheduler.enabled", false); // only the benchmark drives processing
        properties.put("mhhs.data-service.operator-token", "bench-operator");
        // -Dbench.rewriteBatchedInserts=true: the driver sends each JDBC batch as multi-row inserts (a setting, no code)
        if (Boolean.getBoolean("bench.rewriteBatchedInserts")) {
            String url = (String) properties.get("spring.datasource.url");
            properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
        }
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        LocalDate date = LocalDate.now(ZoneOffset.UTC).minusDays(1);

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DataServiceApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new))) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            DataSource dataSource = app.getBean(DataSource.class);
            PendingDayProcessor processor = app.getBean(PendingDayProcessor.class);
            String topic = app.getBean(DipTopics.class).submissions();
            String bootstrap = TestKafka.instance().bootstrapServers();

            long seedStart = System.nanoTime();
            jdbc.execute("truncate appointment, mpan, mpan_fact, meter, interval_day, register_read, pending_day, "
                    + "load_shape, sent_day, dip_outbox, process_message");
            List<Long> mpans = seed(dataSource, n, date);
            jdbc.execute("analyze");
            System.out.printf("seeded %,d smart MPANs and their day %s in %.1f s%n", n, date,
                    (System.nanoTime() - seedStart) / 1e9);

            // warm-up: a few batches through the same code on a separate date, not counted
            warmUp(jdbc, processor, mpans, date.minusDays(1), dataSource);

            long offsetBefore = endOffset(bootstrap, topic);
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            HeapSampler heapSampler = new HeapSampler();
            // -Dbench.drainers=2: that many threads drain at once (the claim's skip locked shares the queue)
            int drainers = Integer.getInteger("bench.drainers", 2); // as the service's default mhhs.data-service.workers
            List<Thread> workers = new ArrayList<>();
            DayProcessing.Result[] results = new DayProcessing.Result[drainers];
            for (int w = 1; w < drainers; w++) { // drainer 0 is this thread
                int slot = w;
                workers.add(new Thread(() -> results[slot] = processor.drain(), "drainer-" + w));
            }
            StackSampler sampler = new StackSampler(Thread.currentThread());
            long[] cpuBefore = cpu(jvmStart);
            Map<String, Long> threadsBefore = byThread();

            long t0 = System.nanoTime();
            int queued = jdbc.update("""
                    insert into pending_day (mpan_core, settlement_date)
                    select distinct mpan_core, ?::date from appointment
                     where effective_from <= ? and (effective_to is null or effective_to > ?)
                    on conflict do nothing""", Date.valueOf(date), Date.valueOf(date), Date.valueOf(date));
            long tQueued = System.nanoTime();
            workers.forEach(Thread::start);
            sampler.start();
            results[0] = processor.drain();
            for (Thread worker : workers) {
                worker.join();
            }
            DayProcessing.Result result = new DayProcessing.Result(0, 0, 0, 0);
            for (DayProcessing.Result r : results) {
                result = new DayProcessing.Result(result.days() + r.days(), result.sent() + r.sent(),
                        result.unchanged() + r.unchanged(), result.skipped() + r.skipped());
            }
            long tDrained = System.nanoTime();
            sampler.stop();
            long outboxAtDrainEnd = jdbc.queryForObject("select count(*) from dip_outbox", Long.class);
            while (jdbc.queryForObject("select exists (select 1 from dip_outbox)", Boolean.class)
                    || endOffset(bootstrap, topic) - offsetBefore < result.sent()) {
                Thread.sleep(20);
            }
            long tPublished = System.nanoTime();
            long[] cpuAfter = cpu(jvmStart);
            Map<String, Long> threadsAfter = byThread();
            heapSampler.stop();
            long published = endOffset(bootstrap, topic) - offsetBefore;
            long peakHeapPools = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long oldAfterGc = heap.stream().filter(p -> p.getName().contains("Old"))
                    .mapToLong(p -> p.getCollectionUsage() == null ? 0 : p.getCollectionUsage().getUsed()).max()
                    .orElse(0);

            // baseline: the same message bytes, sent raw
            List<ConsumerRecord<String, byte[]>> sample = readBack(bootstrap, topic, offsetBefore, BASELINE_DISTINCT);
            long bytes = sample.stream().mapToLong(r -> r.value().length).sum();
            double baselineSeconds = baseline(bootstrap, topic + ".baseline", sample, (int) published);
            double baselineRate = published / baselineSeconds;

            double seconds = (tPublished - t0) / 1e9;
            double rate = result.days() / seconds;
            double cpuJvm = (cpuAfter[0] - cpuBefore[0]) / 1e6 / result.days();
            double cpuPg = (cpuAfter[1] - cpuBefore[1]) / 1e6 / result.days();
            System.out.println();
            System.out.println("=== Data service: IF-021 production ===");
            System.out.printf("jdbc      %s; %d drain thread(s)%n", properties.get("spring.datasource.url"), drainers);
            System.out.printf("machine   %d cores, %s %s, -Xmx %d MB%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("day       %s: %,d smart MPANs queued; drained %,d MPAN-days: %,d IF-021 sent, %,d "
                    + "unchanged, %,d skipped; %,d records on %s (avg %,d bytes)%n", date, queued, result.days(),
                    result.sent(), result.unchanged(), result.skipped(), published, topic, bytes / sample.size());
            System.out.printf("time      queue %.2f s, drain (V&E + IF-021 into the outbox) %.1f s (%,.0f MPAN-days/s), "
                            + "relay catch-up after the drain %.1f s (%,d rows in the outbox at the drain's end)%n",
                    (tQueued - t0) / 1e9, (tDrained - tQueued) / 1e9, result.days() / ((tDrained - tQueued) / 1e9),
                    (tPublished - tDrained) / 1e9, outboxAtDrainEnd);
            System.out.printf("end2end   %.1f s: %,.0f MPAN-days/s into dip.submissions%n", seconds, rate);
            System.out.printf("baseline  raw KafkaTemplate send (idempotent, acks=all) of the same bytes (%,d distinct "
                    + "records cycled), %,d sends: %.1f s, %,.0f msg/s%n", sample.size(), published, baselineSeconds,
                    baselineRate);
            System.out.printf("ratio     end-to-end time ÷ raw send time = %.1f%n", seconds / baselineSeconds);
            System.out.printf("CPU       %.3f ms per MPAN-day (JVM incl. broker %.3f, PostgreSQL %.3f)%n",
                    cpuJvm + cpuPg, cpuJvm, cpuPg);
            System.out.printf("threads   ms CPU per MPAN-day: %s%n", topThreads(threadsBefore, threadsAfter,
                    result.days(), 8));
            System.out.printf("heap      peak used (sum of heap pools' peaks, garbage included) %d MB; sampled max "
                            + "used %d MB; old gen after last GC %d MB; -Xmx %d MB%n", peakHeapPools >> 20,
                    heapSampler.max >> 20, oldAfterGc >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("drain     wall time of the processing thread by where it was (%,d samples): %s%n",
                    sampler.total, sampler.summary());
            System.out.printf("target    ≥ 5,000 MPAN-days/s end to end: %s%n", rate >= 5000 ? "met" : "NOT met");
        }
    }

    // ---- seeding ------------------------------------------------------------------------------------------

    private static List<Long> seed(DataSource dataSource, int n, LocalDate date) throws Exception {
        List<Long> mpans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String first12 = String.format("12%010d", 3_000_000_000L + i);
            mpans.add(Long.parseLong(first12 + MpanCore.checkDigitFor(first12)));
        }
        String from = "2024-01-01";
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copyRows(copy.copyIn("copy appointment (mpan_core, effective_from, role, supplier_dip_id, transaction_id)"
                    + " from stdin"), mpans, (m, i, out) -> out.append(m).append('\t').append(from)
                    .append("\tSDS\t").append(SUPPLIER).append("\tT-bench-").append(i).append('\n'));
            copyRows(copy.copyIn("copy mpan (mpan_core, distributor_dip_id, gsp_group) from stdin"), mpans,
                    (m, i, out) -> out.append(m).append('\t').append(LDSO).append("\t_C\n"));
            String[][] facts = {{"CONNECTION_TYPE", "W"}, {"SEGMENT", "S"}, {"ENERGISATION", "E"}, {"CONSENT", "H"},
                    {"AC", "3000.000"}};
            copyRows(copy.copyIn("copy mpan_fact (mpan_core, fact, effective_from, value, transaction_id) from stdin"),
                    mpans, (m, i, out) -> {
                        for (String[] f : facts) {
                            out.append(m).append('\t').append(f[0]).append('\t').append(from).append('\t')
                                    .append(f[1]).append("\tT-bench\n");
                        }
                    });
            copyRows(copy.copyIn("copy meter (mpan_core, meter_id) from stdin"), mpans,
                    (m, i, out) -> out.append(m).append("\tM1\n"));
            copyRows(copy.copyIn("copy interval_day (mpan_core, settlement_date, mq, meter_role, kwh) from stdin"),
                    mpans, (m, i, out) -> out.append(m).append('\t').append(date).append("\tAI\tMAIN\t")
                            .append(values(i)).append('\n'));
            String midnight = date.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
            String next = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
            copyRows(copy.copyIn("copy register_read (mpan_core, meter_id, read_at, kwh, source) from stdin"), mpans,
                    (m, i, out) -> {
                        if (i % 20 == 0) { // every other six-gap MPAN: a daily advance to apportion
                            out.append(m).append("\tM1\t").append(midnight).append("\t1000.000\tbench\n");
                            out.append(m).append("\tM1\t").append(next).append("\t1012.000\tbench\n");
                        }
                    });
        }
        // the LSS shape for (_C, W, S, any, AI) on the date and the day before (the warm-up's date)
        StringBuilder shape = new StringBuilder("{");
        for (int p = 0; p < 48; p++) {
            shape.append(p == 0 ? "" : ",").append(p >= 32 && p < 42 ? "1.500" : "1.000");
        }
        shape.append('}');
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (LocalDate d : List.of(date, date.minusDays(1))) {
            jdbc.update("""
                    insert into load_shape (settlement_date, gsp_group, connection_type, segment, domestic, mq,
                                            period_values, flags, annual_total)
                    values (?, '_C', 'W', 'S', '', 'AI', ?::numeric[], '{A}', 19345.000)""",
                    Date.valueOf(d), shape.toString());
        }
        return mpans;
    }

    /** 48 values with one missing period; every 10th MPAN has six missing periods (20..25) as well. */
    private static String values(int i) {
        StringBuilder out = new StringBuilder("{");
        int single = 3 + i % 40;
        boolean six = i % 10 == 0;
        for (int p = 0; p < 48; p++) {
            if (p > 0) {
                out.append(',');
            }
            if (p == single || six && p >= 20 && p <= 25) {
                out.append("NULL");
            } else {
                int v = 100 + (i * 7 + p * 13) % 400;
                out.append("0.").append(v);
            }
        }
        return out.append('}').toString();
    }

    private interface RowWriter {
        void write(long mpan, int index, StringBuilder out);
    }

    /** Streams the rows in ~1 MB chunks (memory does not grow with N). */
    private static void copyRows(CopyIn copy, List<Long> mpans, RowWriter writer) throws Exception {
        StringBuilder out = new StringBuilder(1 << 20);
        for (int i = 0; i < mpans.size(); i++) {
            writer.write(mpans.get(i), i, out);
            if (out.length() > (1 << 20)) {
                byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                out.setLength(0);
            }
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
    }

    /** Processes 5,000 MPAN-days of an earlier date (its values copied), so the JIT has seen the path. */
    private static void warmUp(JdbcTemplate jdbc, PendingDayProcessor processor, List<Long> mpans, LocalDate day,
                               DataSource dataSource) throws InterruptedException {
        Long[] some = mpans.subList(0, Math.min(5_000, mpans.size())).toArray(Long[]::new);
        jdbc.update("""
                insert into interval_day (mpan_core, settlement_date, mq, meter_role, kwh)
                select mpan_core, ?, mq, meter_role, kwh from interval_day
                 where mpan_core = any (?) and settlement_date = ?""", Date.valueOf(day), some,
                Date.valueOf(day.plusDays(1)));
        jdbc.update("insert into pending_day (mpan_core, settlement_date) select unnest(?::bigint[]), ?", some,
                Date.valueOf(day));
        long started = System.nanoTime();
        DayProcessing.Result warm = processor.drain();
        while (jdbc.queryForObject("select exists (select 1 from dip_outbox)", Boolean.class)) {
            Thread.sleep(50);
        }
        System.out.printf("warm-up: %,d MPAN-days of %s (%,d IF-021) in %.1f s%n", warm.days(), day, warm.sent(),
                (System.nanoTime() - started) / 1e9);
    }

    // ---- Kafka --------------------------------------------------------------------------------------------

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Records on the topic so far (sum of the partitions' end offsets: the relay's producer is not transactional). */
    private static long endOffset(String bootstrap, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Up to {@code max} records the run published (from the start of the topic; a fresh topic per JVM). */
    private static List<ConsumerRecord<String, byte[]>> readBack(String bootstrap, String topic, long before,
                                                                 int max) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(max);
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>();
            partitions.forEach(tp -> ends.put(tp, consumer.position(tp)));
            // the last records of each partition: those the timed run sent
            long perPartition = Math.max(1, max / partitions.size());
            partitions.forEach(tp -> consumer.seek(tp, Math.max(0, ends.get(tp) - perPartition)));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < max && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (records.size() < max) {
                        records.add(r);
                    }
                }
                if (partitions.stream().allMatch(tp -> consumer.position(tp) >= ends.get(tp))) {
                    break;
                }
            }
        }
        return records;
    }

    /** Sends {@code total} records cycling through {@code sample}, at most 500 (the relay's batch) in flight. */
    private static double baseline(String bootstrap, String topic, List<ConsumerRecord<String, byte[]>> sample,
                                   int total) throws InterruptedException {
        var factory = new DefaultKafkaProducerFactory<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(factory);
        try {
            template.send(topic, sample.get(0).key(), sample.get(0).value()).join();
            int inFlight = 500;
            Semaphore permits = new Semaphore(inFlight);
            long started = System.nanoTime();
            for (int i = 0; i < total; i++) {
                ConsumerRecord<String, byte[]> r = sample.get(i % sample.size());
                permits.acquire();
                template.send(topic, r.key(), r.value()).whenComplete((ok, e) -> permits.release());
            }
            permits.acquire(inFlight);
            return (System.nanoTime() - started) / 1e9;
        } finally {
            factory.destroy();
        }
    }

    // ---- measuring ----------------------------------------------------------------------------------------

    /** CPU nanoseconds so far: {@code [jvm, postgres processes started after this JVM]} (as bench's CpuMeter). */
    private static long[] cpu(Instant jvmStart) {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().startInstant().map(s -> !s.isBefore(jvmStart)).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
        return new long[] {jvm, postgres};
    }

    private static Map<String, Long> byThread() {
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    groups.merge(info.getThreadName().replaceAll("\\d+", "#"), cpu, Long::sum);
                }
            }
        }
        return groups;
    }

    private static String topThreads(Map<String, Long> before, Map<String, Long> after, int items, int limit) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(e -> String.format("%s %.3f", e.getKey(), e.getValue() / 1e6 / items))
                .collect(Collectors.joining("; "));
    }

    /** Samples used heap every 50 ms. */
    private static final class HeapSampler {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private volatile long max;
        private final Thread thread;

        HeapSampler() {
            thread = new Thread(() -> {
                Runtime runtime = Runtime.getRuntime();
                while (running.get()) {
                    max = Math.max(max, runtime.totalMemory() - runtime.freeMemory());
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running.set(false);
        }
    }

    /**
     * Samples the processing thread's stack every 10 ms and files each sample under the innermost frame that names
     * a known step: a poor man's profile of where the drain's wall time goes (CPU and waiting on PostgreSQL alike).
     */
    private static final class StackSampler {
        private static final String[][] STEPS = {
                {"uk.mhhs.common.validation.MessageValidator", "schema validation"},
                {"uk.mhhs.dipclient.DipOutbox", "outbox insert (serialise + JDBC)"},
                {"uk.mhhs.dipclient.process.ProcessLog", "process_message insert"},
                {"uk.mhhs.dipclient.DipSenderBlocks", "S0/S1 blocks"},
                {"uk.mhhs.dipclient.process.Outbound", "envelope → JSON tree"},
                {"uk.mhhs.dataservice.processing.If021Document", "IF-021 custom block"},
                {"uk.mhhs.dataservice.processing.ContentHash", "content hash"},
                {"uk.mhhs.dataservice.rules.", "V&E rules"},
                {"uk.mhhs.dataservice.processing.DayInputs.recordSent", "sent_day insert"},
                {"uk.mhhs.dataservice.processing.DayInputs.done", "pending_day delete"},
                {"uk.mhhs.dataservice.processing.DayInputs", "read interval/advance/amend/sent"},
                {"uk.mhhs.dataservice.mpan.MpanFactStore", "read appointments/facts"},
                {"uk.mhhs.dataservice.shapes.LoadShapes", "load shapes"},
                {"uk.mhhs.dataservice.processing.DayProcessing", "DayProcessing (own code)"},
                {"uk.mhhs.dataservice.processing.PendingDayProcessor", "claim batch"},
                {"org.springframework.transaction", "commit/transaction"},
        };
        private final Thread target;
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean();
        private Thread thread;
        private int total;

        StackSampler(Thread target) {
            this.target = target;
        }

        void start() {
            running.set(true);
            thread = new Thread(() -> {
                while (running.get()) {
                    StackTraceElement[] stack = target.getStackTrace();
                    String step = "other";
                    outer:
                    for (StackTraceElement frame : stack) {
                        String name = frame.getClassName() + "." + frame.getMethodName();
                        for (String[] s : STEPS) {
                            if (name.startsWith(s[0])) {
                                step = s[1];
                                break outer;
                            }
                        }
                    }
                    synchronized (counts) {
                        counts.merge(step, 1, Integer::sum);
                        total++;
                    }
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-stack-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        String summary() {
            synchronized (counts) {
                return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / total))
                        .collect(Collectors.joining(", "));
            }
        }
    }
}
