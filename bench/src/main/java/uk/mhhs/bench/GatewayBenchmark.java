package uk.mhhs.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mhhs.testsupport.TestCertificates;
import uk.mhhs.testsupport.TestKafka;
import uk.mhhs.testsupport.TestPostgres;
import uk.mhhs.testsupport.dip.If021Message;
import uk.mhhs.testsupport.dip.SignedDipRequests;
import uk.mhhs.testsupport.bench.BenchApp;
import uk.mhhs.testsupport.bench.CpuMeter;
import uk.mhhs.testsupport.bench.KafkaBaseline;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gateway throughput and latency for signed single-message IF-021 posts, against a raw KafkaTemplate send of
 * the same bytes measured in the same run. Real PostgreSQL and a real KRaft broker (test-support), the gateway
 * in this JVM on HTTP (TLS off: the figure is the gateway's own work, not the JDK's TLS).
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl bench -am verify -DskipTests}. Sizes: {@code -Dbench.args="messages
 * concurrency rate rateSeconds"} (defaults 20000 32 500 20).
 */
public final class GatewayBenchmark {

    private static final Logger log = LoggerFactory.getLogger(GatewayBenchmark.class);
    private static final String SENDER = "1300000003";

    public static void main(String[] args) throws Exception {
        int messages = arg(args, 0, 20_000);
        int concurrency = arg(args, 1, 32);
        int rate = arg(args, 2, 500);
        int rateSeconds = arg(args, 3, 20);

        try (BenchGateway gateway = BenchGateway.start(Map.of())) {
            var credential = TestCertificates.selfSigned(SENDER);
            var requests = new SignedDipRequests(gateway.baseUrl(), gateway.onboardSigned(SENDER, "SDS", credential),
                    credential);
            String prefix = gateway.topic("");

            GatewayLoad load = new GatewayLoad();
            log.info("warming up: 3000 posts");
            load.saturate(signed(requests, 3_000), concurrency);
            gateway.awaitOutboxEmpty();

            log.info("baseline: raw KafkaTemplate send of {} identical bodies", messages);
            List<byte[]> bodies = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                If021Message m = message();
                bodies.add(m.toMessageJson().getBytes(StandardCharsets.UTF_8));
                keys.add(m.mpanCore());
            }
            TestKafka.instance().createTopics(prefix + "bench.raw");
            var kafka = new KafkaBaseline(gateway.bootstrapServers()).run(prefix + "bench.raw", bodies, keys,
                    concurrency);

            log.info("gateway saturation: {} signed posts, {} in flight", messages, concurrency);
            List<HttpRequest> batch = signed(requests, messages);
            CpuMeter cpu = new CpuMeter(TestPostgres.instance().port());
            long[] cpuBefore = cpu.now();
            var threadsBefore = CpuMeter.byThread();
            long publishStart = System.nanoTime();
            var saturation = load.saturate(batch, concurrency);
            gateway.awaitOutboxEmpty();
            double publishSeconds = (System.nanoTime() - publishStart) / 1e9;
            CpuMeter.PerItem cpuPerMessage = CpuMeter.perItem(cpuBefore, cpu.now(), saturation.accepted());
            log.info("CPU ms per message by thread: {}", CpuMeter.topThreads(threadsBefore, CpuMeter.byThread(),
                    saturation.accepted(), 14));

            log.info("gateway at {} msg/s for {} s", rate, rateSeconds);
            var fixed = load.fixedRate(signed(requests, rate * rateSeconds), rate);
            gateway.awaitOutboxEmpty();

            report(messages, concurrency, kafka, saturation, publishSeconds, cpuPerMessage, rate, fixed);
        }
        System.exit(0);
    }

    private static void report(int messages, int concurrency, KafkaBaseline.Result kafka,
                               GatewayLoad.Result saturation, double publishSeconds, CpuMeter.PerItem cpuPerMessage,
                               int rate,
                               GatewayLoad.Result fixed) {
        System.out.println();
        System.out.println("=== DIP gateway benchmark: signed single-message IF-021 posts (48 periods) ===");
        System.out.printf("machine: %s, max heap %d MiB%n", BenchApp.machine(), BenchApp.maxHeapMb());
        System.out.printf("baseline  raw KafkaTemplate send (acks=all, idempotent), %d in flight: %,.0f msg/s (%s)%n",
                concurrency, kafka.perSecond(), kafka.latencies().summary());
        System.out.printf("gateway   %d posts, %d in flight: %,.0f accepted/s (%s); statuses %s%n", messages,
                concurrency, saturation.perSecond(), saturation.latencies().summary(), saturation.byStatus());
        System.out.printf("gateway   accepted and published to dip.pub.021 (outbox drained): %,.0f msg/s%n",
                saturation.accepted() / publishSeconds);
        System.out.printf("cpu       %.2f ms CPU per message (gateway JVM incl. broker and load client %.2f, of which "
                + "the load client's connection threads %.2f; PostgreSQL %.2f); %d cores allow at most %,.0f msg/s at "
                + "that cost%n", cpuPerMessage.totalMillis(), cpuPerMessage.jvmMillis(),
                saturation.clientCpuMillisPerAccepted(), cpuPerMessage.postgresMillis(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors() * 1000.0 / cpuPerMessage.totalMillis());
        System.out.printf("ratio     gateway accepted/s ÷ raw Kafka send/s = %.2f%n",
                saturation.perSecond() / kafka.perSecond());
        System.out.printf("fixed     %d msg/s offered for %.0f s: %,d accepted, latency from due time: %s; statuses %s%n",
                rate, fixed.seconds(), fixed.accepted(), fixed.latencies().summary(), fixed.byStatus());
        System.out.printf("targets   >= 1,000 accepted/s: %s; p99 < 100 ms at 500 msg/s: %s%n",
                saturation.perSecond() >= 1000 ? "met" : "NOT met",
                fixed.latencies().percentileMillis(99) < 100 ? "met" : "NOT met");
    }

    private static List<HttpRequest> signed(SignedDipRequests requests, int count) {
        List<HttpRequest> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(requests.post("IF-021", If021Message.batchOf(message())));
        }
        return list;
    }

    private static If021Message message() {
        return If021Message.from(SENDER).mpanCore("2000056535971");
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
