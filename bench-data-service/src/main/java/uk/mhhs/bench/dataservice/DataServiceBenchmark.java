package uk.mhhs.bench.dataservice;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.dataservice.DataServiceApplication;
import uk.mhhs.dataservice.processing.DayProcessing;
import uk.mhhs.dataservice.processing.PendingDayProcessor;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.TestKafka;
import uk.mhhs.testsupport.bench.BenchApp;
import uk.mhhs.testsupport.bench.CopyStream;
import uk.mhhs.testsupport.bench.CpuMeter;
import uk.mhhs.testsupport.bench.HeapWatch;
import uk.mhhs.testsupport.bench.KafkaBaseline;
import uk.mhhs.testsupport.bench.StackSampler;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

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

    public static void main(String[] args) {
        BenchApp.runAndExit(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Map<String, Object> properties = BenchApp.properties("bench_data_service");
        properties.put("mhhs.scheduler.enabled", false); // only the benchmark drives processing
        properties.put("mhhs.data-service.operator-token", "bench-operator");
        // -Dbench.rewriteBatchedInserts=true: the driver sends each JDBC batch as multi-row inserts (a setting, no code)
        if (Boolean.getBoolean("bench.rewriteBatchedInserts")) {
            String url = (String) properties.get("spring.datasource.url");
            properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
        }
        LocalDate date = LocalDate.now(ZoneOffset.UTC).minusDays(1);

        try (ConfigurableApplicationContext app = BenchApp.start(DataServiceApplication.class, properties)) {
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
            HeapWatch heap = HeapWatch.start();
            // -Dbench.drainers=2: that many threads drain at once (the claim's skip locked shares the queue)
            int drainers = Integer.getInteger("bench.drainers", 2); // as the service's default mhhs.data-service.workers
            List<Thread> workers = new ArrayList<>();
            DayProcessing.Result[] results = new DayProcessing.Result[drainers];
            for (int w = 1; w < drainers; w++) { // drainer 0 is this thread
                int slot = w;
                workers.add(new Thread(() -> results[slot] = processor.drain(), "drainer-" + w));
            }
            StackSampler sampler = new StackSampler(Thread.currentThread(), STEPS);
            CpuMeter cpu = new CpuMeter();
            long[] cpuBefore = cpu.now();
            Map<String, Long> threadsBefore = CpuMeter.byThread();

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
            long[] cpuAfter = cpu.now();
            Map<String, Long> threadsAfter = CpuMeter.byThread();
            heap.stop();
            long published = endOffset(bootstrap, topic) - offsetBefore;
            long peakHeapPools = heap.peakPoolsBytes();
            long oldAfterGc = heap.oldGenAfterLastGcBytes();

            // baseline: the same message bytes, sent raw
            List<ConsumerRecord<String, byte[]>> sample = readBack(bootstrap, topic, offsetBefore, BASELINE_DISTINCT);
            long bytes = sample.stream().mapToLong(r -> r.value().length).sum();
            // the sample cycled, at most 500 (the relay's batch) in flight
            double baselineSeconds = new KafkaBaseline(bootstrap).run(topic + ".baseline",
                    sample.stream().map(ConsumerRecord::value).toList(),
                    sample.stream().map(ConsumerRecord::key).toList(), (int) published, 500).seconds();
            double baselineRate = published / baselineSeconds;

            double seconds = (tPublished - t0) / 1e9;
            double rate = result.days() / seconds;
            CpuMeter.PerItem cpuPerDay = CpuMeter.perItem(cpuBefore, cpuAfter, result.days());
            System.out.println();
            System.out.println("=== Data service: IF-021 production ===");
            System.out.printf("jdbc      %s; %d drain thread(s)%n", properties.get("spring.datasource.url"), drainers);
            System.out.printf("machine   %s, -Xmx %d MB%n", BenchApp.machine(), BenchApp.maxHeapMb());
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
                    cpuPerDay.totalMillis(), cpuPerDay.jvmMillis(), cpuPerDay.postgresMillis());
            System.out.printf("threads   ms CPU per MPAN-day: %s%n", CpuMeter.topThreads(threadsBefore, threadsAfter,
                    result.days(), 8));
            System.out.printf("heap      peak used (sum of heap pools' peaks, garbage included) %d MB; sampled max "
                            + "used %d MB; old gen after last GC %d MB; -Xmx %d MB%n", peakHeapPools >> 20,
                    heap.sampledMaxBytes() >> 20, oldAfterGc >> 20, BenchApp.maxHeapMb());
            System.out.printf("drain     wall time of the processing thread by where it was (%,d samples): %s%n",
                    sampler.total(), sampler.summary());
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
            CopyStream.copy(copy.copyIn("copy appointment (mpan_core, effective_from, role, supplier_dip_id, transaction_id)"
                    + " from stdin"), mpans, (m, i, out) -> out.append(m).append('\t').append(from)
                    .append("\tSDS\t").append(SUPPLIER).append("\tT-bench-").append(i).append('\n'));
            CopyStream.copy(copy.copyIn("copy mpan (mpan_core, distributor_dip_id, gsp_group) from stdin"), mpans,
                    (m, i, out) -> out.append(m).append('\t').append(LDSO).append("\t_C\n"));
            String[][] facts = {{"CONNECTION_TYPE", "W"}, {"SEGMENT", "S"}, {"ENERGISATION", "E"}, {"CONSENT", "H"},
                    {"AC", "3000.000"}};
            CopyStream.copy(copy.copyIn("copy mpan_fact (mpan_core, fact, effective_from, value, transaction_id) from stdin"),
                    mpans, (m, i, out) -> {
                        for (String[] f : facts) {
                            out.append(m).append('\t').append(f[0]).append('\t').append(from).append('\t')
                                    .append(f[1]).append("\tT-bench\n");
                        }
                    });
            CopyStream.copy(copy.copyIn("copy meter (mpan_core, meter_id) from stdin"), mpans,
                    (m, i, out) -> out.append(m).append("\tM1\n"));
            CopyStream.copy(copy.copyIn("copy interval_day (mpan_core, settlement_date, mq, meter_role, kwh) from stdin"),
                    mpans, (m, i, out) -> out.append(m).append('\t').append(date).append("\tAI\tMAIN\t")
                            .append(values(i)).append('\n'));
            String midnight = date.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
            String next = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
            CopyStream.copy(copy.copyIn("copy register_read (mpan_core, meter_id, read_at, kwh, source) from stdin"), mpans,
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
}
