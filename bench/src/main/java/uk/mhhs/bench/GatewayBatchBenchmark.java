package uk.mhhs.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mhhs.testsupport.TestCertificates;
import uk.mhhs.testsupport.TestKafka;
import uk.mhhs.testsupport.bench.BenchApp;
import uk.mhhs.testsupport.TestPostgres;
import uk.mhhs.testsupport.bench.CpuMeter;
import uk.mhhs.testsupport.bench.KafkaBaseline;
import uk.mhhs.testsupport.dip.If021Message;
import uk.mhhs.testsupport.dip.SignedDipRequests;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Signed posts of many IF-021 each (data services send in bulk; the DIP API takes arrays), against a raw
 * KafkaTemplate send of the same message bytes, one record per message, in the same run. Each post is copied from a
 * template with fresh references and signed before the clock starts.
 *
 * <p>Run: {@code ./mvnw -B -o -Pbench -pl bench -am verify -DskipTests
 * -Dbench.main=uk.mhhs.bench.GatewayBatchBenchmark -Dbench.args="30000 100 4"} (messages, messages per post, posts
 * in flight; the signed posts are built before the clock starts and held, ≈0.9 MB each).
 */
public final class GatewayBatchBenchmark {

    private static final Logger log = LoggerFactory.getLogger(GatewayBatchBenchmark.class);
    private static final String SENDER = "1300000004";
    private static final Duration WAIT = Duration.ofMinutes(10);

    public static void main(String[] args) {
        BenchApp.runAndExit(() -> run(arg(args, 0, 30_000), arg(args, 1, 100), arg(args, 2, 4)));
    }

    private static void run(int messages, int perPost, int concurrency) throws Exception {
        try (BenchGateway gateway = BenchGateway.start(Map.of());
             KafkaProgress progress = new KafkaProgress(gateway.bootstrapServers())) {
            var credential = TestCertificates.selfSigned(SENDER);
            var requests = new SignedDipRequests(gateway.baseUrl(), gateway.onboardSigned(SENDER, "SDS", credential),
                    credential);
            String pub021 = gateway.topic("dip.pub.021");
            String recordedBy = gateway.topic("dip-gateway-delivery");
            GatewayLoad load = new GatewayLoad();

            log.info("warming up: 5000 messages");
            long published = progress.records(pub021);
            load.saturate(posts(requests, 5_000 / perPost, perPost), concurrency);
            progress.awaitRecords(pub021, published + 5_000, WAIT);
            published += 5_000;
            progress.awaitCaughtUp(recordedBy, pub021, WAIT);

            log.info("baseline: raw KafkaTemplate send of {} messages, one record each", messages);
            List<byte[]> bodies = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                If021Message m = BenchMessages.if021(SENDER);
                bodies.add(m.toMessageJson().getBytes(StandardCharsets.UTF_8));
                keys.add(m.mpanCore());
            }
            TestKafka.instance().createTopics(gateway.topic("bench.raw"));
            long[] rawCpuBefore = new CpuMeter(TestPostgres.instance().port()).now();
            var raw = new KafkaBaseline(gateway.bootstrapServers()).run(gateway.topic("bench.raw"), bodies, keys,
                    messages, 500);
            CpuMeter.PerItem rawCpu = CpuMeter.perItem(rawCpuBefore, new CpuMeter(TestPostgres.instance().port()).now(), messages);

            int posts = messages / perPost;
            log.info("gateway: {} signed posts of {} IF-021, {} in flight", posts, perPost, concurrency);
            List<HttpRequest> timed = new ArrayList<>(posts(requests, posts, perPost));
            long heldMb = uk.mhhs.testsupport.bench.HeapWatch.usedAfterGc() >> 20;
            MeasuredStretch stretch = MeasuredStretch.start();
            var saturation = load.saturate(timed, concurrency);
            long publishedAt = progress.awaitRecords(pub021, published + (long) saturation.accepted() * perPost, WAIT);
            long recordedAt = progress.awaitCaughtUp(recordedBy, pub021, WAIT);
            int accepted = saturation.accepted() * perPost;
            MeasuredStretch.Result measured = stretch.stop(accepted);
            double toPublished = (publishedAt - stretch.startedNanos()) / 1e9;
            double toRecorded = (recordedAt - stretch.startedNanos()) / 1e9;

            System.out.println();
            System.out.printf("=== DIP gateway benchmark: signed posts of %d IF-021 (48 periods) each ===%n", perPost);
            System.out.printf("machine: %s, max heap %d MiB%n", BenchApp.machine(), BenchApp.maxHeapMb());
            System.out.printf("baseline  raw KafkaTemplate send of the same messages, one record each (acks=all, "
                    + "idempotent, 500 in flight): %,.0f msg/s, %.3f ms CPU per message (JVM: producer and broker)%n",
                    raw.perSecond(), rawCpu.jvmMillis());
            System.out.printf("gateway   %d posts, %d in flight: %,.0f accepted msg/s (%.1f s; per post %s); "
                    + "statuses %s%n", posts, concurrency, accepted / saturation.seconds(), saturation.seconds(),
                    saturation.latencies().summary(), saturation.byStatus());
            System.out.printf("gateway   published on dip.pub.021: %,.0f msg/s (%.1f s); recorded by the delivery "
                    + "consumer: %,.0f msg/s (%.1f s)%n", accepted / toPublished, toPublished, accepted / toRecorded,
                    toRecorded);
            System.out.printf("ratio     gateway accepted msg/s ÷ raw Kafka msg/s = %.2f%n",
                    accepted / saturation.seconds() / raw.perSecond());
            measured.print();
            System.out.printf("heap      of which held before the clock started (the signed posts, the load client's "
                    + "copies of them, the gateway at rest): %,d MiB%n", heldMb);
            System.out.printf("target    >= 5,000 accepted msg/s: %s%n",
                    accepted / saturation.seconds() >= 5_000 ? "met" : "NOT met");
        }
    }

    /**
     * {@code count} posts of {@code perPost} IF-021 each, each signed when it is taken: a copy of one post built
     * before, with a fresh {@code senderUniqueReference} patched into every message.
     */
    private static List<HttpRequest> posts(SignedDipRequests requests, int count, int perPost) {
        PostTemplate template = new PostTemplate(perPost);
        return new AbstractList<>() {
            @Override
            public HttpRequest get(int index) {
                return requests.post("IF-021", template.next(), Instant.now(), UnaryOperator.identity());
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    /** One post's bytes, and where in them each message's reference ends in 12 hex digits to replace. */
    private static final class PostTemplate {

        private static final int DIGITS = 12;
        private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() & 0xFFFFFFFFFFL);

        private final byte[] bytes;
        private final int[] digitsAt;

        PostTemplate(int perPost) {
            String prefix = If021Message.newReference(SENDER, "SDS");
            prefix = prefix.substring(0, prefix.lastIndexOf('-') + 1) + "x";
            String placeholder = "0".repeat(DIGITS);
            If021Message[] messages = new If021Message[perPost];
            for (int i = 0; i < perPost; i++) {
                messages[i] = BenchMessages.if021(SENDER).senderUniqueReference(prefix + placeholder);
            }
            bytes = If021Message.batchOf(messages).getBytes(StandardCharsets.UTF_8);
            byte[] needle = (prefix + placeholder).getBytes(StandardCharsets.UTF_8);
            digitsAt = new int[perPost];
            int found = 0;
            for (int i = 0; i + needle.length <= bytes.length && found < perPost; i++) {
                if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                    digitsAt[found++] = i + needle.length - DIGITS;
                }
            }
            if (found != perPost) {
                throw new IllegalStateException("found " + found + " references in the template, not " + perPost);
            }
        }

        byte[] next() {
            byte[] post = bytes.clone();
            for (int at : digitsAt) {
                String digits = String.format("%012x", NEXT.getAndIncrement());
                for (int d = 0; d < DIGITS; d++) {
                    post[at + d] = (byte) digits.charAt(d);
                }
            }
            return post;
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
