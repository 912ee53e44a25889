package uk.mhhs.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.ConfigurableApplicationContext;
import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.common.catalogue.InterfaceDefinition;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.dipclient.DipTopicProperties;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.registration.PartyHistory;
import uk.mhhs.dipclient.registration.PartyHistory.Row;
import uk.mhhs.dipclient.registration.RegistrationPartiesCache;
import uk.mhhs.gateway.DipGatewayApplication;
import uk.mhhs.gateway.participants.ParticipantRegistry;
import uk.mhhs.gateway.participants.ParticipantStore;
import uk.mhhs.gateway.participants.RoleAssignment;
import uk.mhhs.gateway.participants.StoredParticipant;
import uk.mhhs.gateway.routing.ConfiguredSecondaryRecipients;
import uk.mhhs.gateway.routing.RoutingProperties;
import uk.mhhs.gateway.routing.RoutingRequest;
import uk.mhhs.gateway.routing.SecondaryRecipientResolver;
import uk.mhhs.testsupport.bench.BenchApp;
import uk.mhhs.testsupport.bench.HeapWatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Secondary-recipient lookup latency of the gateway's {@code RegisteredSecondaryRecipients} over N MPAN party
 * histories read from a compacted {@code registration.parties} topic, against {@code ConfiguredSecondaryRecipients}
 * over a static table of the same N MPANs (a plain map lookup) in the same run.
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl bench -am verify -DskipTests -Dbench.main=uk.mhhs.bench.RoutingLookupBenchmark
 * -Dbench.args="1000000 1000 30"} (MPANs, lookups per second, seconds at that rate).
 *
 * <p>It publishes N histories (5 suppliers, 3 MSs, 2 DSs; every tenth MPAN changed supplier in 2025, every
 * twentieth had its DS de-appointed), starts the gateway (which reads the topic before it starts serving), onboards
 * the parties, then for each resolver: 200,000 warm-up lookups, a closed loop of 1,000,000 lookups (one thread) and
 * an open loop at the given rate, latency counted from each lookup's due time. Every lookup is IF-013 (to SUP, LDSO,
 * SDS, ADS, UMSDS) for a random MPAN of the N. A separate cache in this JVM measures the rebuild and heap per MPAN.
 */
public final class RoutingLookupBenchmark {

    private static final List<String> SUPPLIERS = List.of("1400000101", "1400000102", "1400000103", "1400000104",
            "1400000105");
    private static final List<String> METERING_SERVICES = List.of("1200000101", "1200000102", "1200000103");
    private static final List<String> DATA_SERVICES = List.of("1100000101", "1100000102");
    private static final String DISTRIBUTOR = "2300000101";

    public static void main(String[] args) throws Exception {
        int mpans = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;

        Map<String, Object> properties = BenchApp.properties("bench_routing");
        properties.put("server.ssl.enabled", false);
        properties.put("mhhs.gateway.tls.dev-keystore", "target/bench/dev-keystore.p12");
        properties.put("mhhs.gateway.security.signing.generated-directory", "target/bench/signing");
        properties.put("mhhs.gateway.security.development-credentials", true);
        String bootstrap = (String) properties.get("spring.kafka.bootstrap-servers");
        DipTopics topics = new DipTopics((String) properties.get("mhhs.dip.topic-prefix"));

        List<String> cores = mpanCores(mpans);
        long started = System.nanoTime();
        publish(bootstrap, topics, cores);
        double publishSeconds = seconds(started);

        long heapBefore = HeapWatch.usedAfterGc();
        started = System.nanoTime();
        RegistrationPartiesCache standalone = new RegistrationPartiesCache(Map.of("bootstrap.servers", bootstrap),
                topics);
        int held = standalone.rebuild();
        double rebuildSeconds = seconds(started);
        long heapPerMpan = (HeapWatch.usedAfterGc() - heapBefore) / Math.max(1, held);
        standalone.close();
        standalone = null;

        started = System.nanoTime();
        try (ConfigurableApplicationContext gateway = BenchApp.start(DipGatewayApplication.class, properties)) {
            double startSeconds = seconds(started);
            ParticipantRegistry registry = onboard(gateway);
            SecondaryRecipientResolver registered = gateway.getBean(SecondaryRecipientResolver.class);
            SecondaryRecipientResolver configured = configured(cores, registry);
            InterfaceDefinition if013 = InterfaceCatalogue.standard().find("IF-013").orElseThrow();
            Random random = new Random(11);
            RoutingRequest[] requests = new RoutingRequest[100_000];
            for (int i = 0; i < requests.length; i++) {
                requests[i] = new RoutingRequest(if013, if013.events().get(0), "9900000005", "MDS",
                        cores.get(random.nextInt(cores.size())), DISTRIBUTOR, List.of());
            }
            check(registered, requests[0]);

            Result configuredResult = measure(configured, requests, rate, seconds);
            Result registeredResult = measure(registered, requests, rate, seconds);

            System.out.println();
            System.out.println("=== Secondary-recipient lookup: registration.parties cache vs configured table ===");
            System.out.printf("machine: %s, max heap %d MiB%n", BenchApp.machine(), BenchApp.maxHeapMb());
            System.out.printf("topic     %,d MPAN histories published in %.1f s%n", cores.size(), publishSeconds);
            System.out.printf("cache     rebuild from the beginning: %,d MPANs in %.1f s (%,.0f/s), %d bytes of heap per"
                    + " MPAN; gateway started (incl. the rebuild) in %.1f s%n", held, rebuildSeconds,
                    held / rebuildSeconds, heapPerMpan, startSeconds);
            System.out.println("baseline  ConfiguredSecondaryRecipients (map of the same MPANs): " + configuredResult);
            System.out.println("registry  RegisteredSecondaryRecipients (as-at over the histories): " + registeredResult);
            System.out.printf("target    p99 < 5 ms at %,d lookups/s: %s%n", rate,
                    registeredResult.p99Micros() < 5_000 ? "met" : "NOT met");
        }
        System.exit(0);
    }

    /** Warm-up, closed loop, then open loop at {@code rate}. */
    private static Result measure(SecondaryRecipientResolver resolver, RoutingRequest[] requests, int rate,
                                  int seconds) {
        long sink = 0;
        for (int i = 0; i < 200_000; i++) {
            sink += resolver.secondaryRecipients(requests[i % requests.length]).size();
        }
        int closed = 1_000_000;
        long started = System.nanoTime();
        for (int i = 0; i < closed; i++) {
            sink += resolver.secondaryRecipients(requests[i % requests.length]).size();
        }
        double perSecond = closed / seconds(started);

        int total = rate * seconds;
        long[] latencies = new long[total];
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(Math.min(due - now, 200_000));
            }
            sink += resolver.secondaryRecipients(requests[i % requests.length]).size();
            latencies[i] = System.nanoTime() - due;
        }
        Arrays.sort(latencies);
        return new Result(perSecond, rate, total, micros(latencies, 50), micros(latencies, 99),
                micros(latencies, 99.9), latencies[total - 1] / 1e3, sink);
    }

    record Result(double closedLoopPerSecond, int rate, int lookups, double p50Micros, double p99Micros,
                  double p999Micros, double maxMicros, long recipients) {

        @Override
        public String toString() {
            return String.format("closed loop %,.0f lookups/s; at %,d/s (%,d lookups, from due time) p50 %.1f µs,"
                            + " p99 %.1f µs, p99.9 %.1f µs, max %.1f µs; %,d recipients in all",
                    closedLoopPerSecond, rate, lookups, p50Micros, p99Micros, p999Micros, maxMicros, recipients);
        }
    }

    private static double micros(long[] sorted, double percentile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e3;
    }

    private static void check(SecondaryRecipientResolver registered, RoutingRequest request) {
        List<String> recipients = registered.secondaryRecipients(request);
        if (recipients.size() < 2) {
            throw new IllegalStateException("the registered resolver found no parties for " + request.mpanCore()
                    + ": " + recipients);
        }
    }

    private static List<String> mpanCores(int count) {
        List<String> cores = new ArrayList<>(count);
        for (long i = 0; i < count; i++) {
            String first12 = String.format("%02d%010d", 10 + i % 14, i);
            cores.add(first12 + MpanCore.checkDigitFor(first12));
        }
        return cores;
    }

    private static void publish(String bootstrap, DipTopics topics, List<String> cores) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new DipTopicProperties(3, 0).declareCompacted(topics.registrationParties())))
                    .all().get();
        }
        LocalDate from = LocalDate.parse("2024-04-01");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < cores.size(); i++) {
                List<Row> suppliers = new ArrayList<>(List.of(row(from, SUPPLIERS.get(i % 5))));
                if (i % 10 == 0) {
                    suppliers.add(row(LocalDate.parse("2025-06-01"), SUPPLIERS.get((i + 1) % 5)));
                }
                List<Row> dataServices = new ArrayList<>(List.of(row(from, DATA_SERVICES.get(i % 2))));
                if (i % 20 == 1) {
                    dataServices.add(new Row(LocalDate.parse("2025-09-01"), null, null));
                }
                PartyHistory history = new PartyHistory(cores.get(i), suppliers,
                        List.of(row(from, METERING_SERVICES.get(i % 3))), dataServices);
                producer.send(new ProducerRecord<>(topics.registrationParties(), cores.get(i), history.toJson()));
            }
            producer.flush();
        }
    }

    private static Row row(LocalDate from, String dipId) {
        return new Row(from, dipId, "M" + dipId.substring(7));
    }

    private static ParticipantRegistry onboard(ConfigurableApplicationContext gateway) {
        ParticipantStore store = gateway.getBean(ParticipantStore.class);
        Map<String, String> roles = new HashMap<>();
        SUPPLIERS.forEach(id -> roles.put(id, "SUP"));
        METERING_SERVICES.forEach(id -> roles.put(id, "MSS"));
        DATA_SERVICES.forEach(id -> roles.put(id, "SDS"));
        roles.put(DISTRIBUTOR, "LDSO");
        roles.forEach((dipId, role) -> store.insert(new StoredParticipant(dipId, null, "Bench " + role + " " + dipId,
                List.of(RoleAssignment.of(role)), null, null, Set.of(), true)));
        ParticipantRegistry registry = gateway.getBean(ParticipantRegistry.class);
        registry.refresh();
        return registry;
    }

    /** The static stand-in over the same MPANs: each MPAN's supplier, as an operator would configure it. */
    private static SecondaryRecipientResolver configured(List<String> cores, ParticipantRegistry registry) {
        Map<String, List<String>> byMpan = new HashMap<>(cores.size() * 2);
        for (int i = 0; i < cores.size(); i++) {
            byMpan.put(cores.get(i), List.of(SUPPLIERS.get(i % 5), DATA_SERVICES.get(i % 2)));
        }
        return new ConfiguredSecondaryRecipients(new RoutingProperties.Secondary(true, byMpan), registry,
                Clock.systemUTC());
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
