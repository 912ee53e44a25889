package uk.mhhs.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import uk.mhhs.testsupport.TestKafka;
import uk.mhhs.testsupport.bench.BenchApp;
import uk.mhhs.testsupport.TestPostgres;
import uk.mhhs.testsupport.bench.CpuMeter;
import uk.mhhs.testsupport.bench.KafkaBaseline;
import uk.mhhs.testsupport.dip.If021Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Our own services' path: IF-021 records on {@code dip.submissions} (as data-service's outbox relay writes them, one
 * message per record) through level-1 validation and durable acceptance to {@code dip.pub.021}, and on through the
 * delivery consumer; against a raw KafkaTemplate send of the same record bytes in the same run.
 *
 * <p>The records are written first with the gateway's consumer stopped (one producer), then the consumer is started
 * and the clock runs until the gateway has committed every record (accepted: durable with its outbox row), until
 * {@code dip.pub.021} holds every PUB (published), and until the delivery consumer has committed them (recorded).
 *
 * <p>Run: {@code ./mvnw -B -o -Pbench -pl bench -am verify -DskipTests
 * -Dbench.main=uk.mhhs.bench.SubmissionsBenchmark -Dbench.args="50000 1"} (messages, messages per record).
 */
public final class SubmissionsBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SubmissionsBenchmark.class);
    /** Data Service (suite), as the local profile seeds it. */
    private static final String SENDER = "9900000003";
    private static final Duration WAIT = Duration.ofMinutes(10);

    public static void main(String[] args) {
        BenchApp.runAndExit(() -> run(arg(args, 0, 50_000), arg(args, 1, 1)));
    }

    private static void run(int messages, int perRecord) throws Exception {
        try (BenchGateway gateway = BenchGateway.start(Map.of("mhhs.gateway.submissions.enabled", false,
                "mhhs.gateway.submissions.suite-senders", SENDER));
             KafkaProgress progress = new KafkaProgress(gateway.bootstrapServers());
             KafkaProducer<String, byte[]> producer = producer(gateway.bootstrapServers())) {
            gateway.onboardService(SENDER, "SDS");
            MessageListenerContainer consumer = gateway.bean("submissionsContainer", MessageListenerContainer.class);
            String submissions = gateway.topic("dip.submissions");
            String pub021 = gateway.topic("dip.pub.021");
            String acceptedBy = gateway.topic("dip-gateway");
            String recordedBy = gateway.topic("dip-gateway-delivery");

            log.info("warming up: 5000 messages");
            long published = progress.records(pub021);
            write(producer, submissions, 5_000, perRecord);
            consumer.start();
            progress.awaitRecords(pub021, published + 5_000, WAIT);
            published += 5_000;
            progress.awaitCaughtUp(recordedBy, pub021, WAIT);
            consumer.stop();

            log.info("baseline: raw KafkaTemplate send of {} records of the same bytes", messages / perRecord);
            List<byte[]> bodies = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                Record record = record(perRecord);
                bodies.add(record.value());
                keys.add(record.key());
            }
            TestKafka.instance().createTopics(gateway.topic("bench.raw"));
            long[] rawCpuBefore = new CpuMeter(TestPostgres.instance().port()).now();
            var raw = new KafkaBaseline(gateway.bootstrapServers()).run(gateway.topic("bench.raw"), bodies, keys,
                    messages / perRecord, 500);
            CpuMeter.PerItem rawCpu = CpuMeter.perItem(rawCpuBefore, new CpuMeter(TestPostgres.instance().port()).now(), messages);

            log.info("writing {} messages to {} with the gateway's consumer stopped", messages, submissions);
            long written = System.nanoTime();
            write(producer, submissions, messages, perRecord);
            double writeSeconds = (System.nanoTime() - written) / 1e9;

            log.info("gateway: consumer started");
            MeasuredStretch stretch = MeasuredStretch.start();
            consumer.start();
            long publishedAt = progress.awaitRecords(pub021, published + messages, WAIT);
            long acceptedAt = progress.awaitCaughtUp(acceptedBy, submissions, WAIT);
            long recordedAt = progress.awaitCaughtUp(recordedBy, pub021, WAIT);
            MeasuredStretch.Result measured = stretch.stop(messages);
            double toPublished = (publishedAt - stretch.startedNanos()) / 1e9;
            double toAccepted = Math.min(toPublished, (acceptedAt - stretch.startedNanos()) / 1e9);
            double toRecorded = (recordedAt - stretch.startedNanos()) / 1e9;

            System.out.println();
            System.out.printf("=== DIP gateway benchmark: dip.submissions -> level-1 checks -> dip.pub.021, %,d IF-021 "
                    + "(48 periods), %d per record ===%n", messages, perRecord);
            System.out.printf("machine: %s, max heap %d MiB%n", BenchApp.machine(), BenchApp.maxHeapMb());
            System.out.printf("baseline  raw KafkaTemplate send of the same records (acks=all, idempotent, 500 in "
                    + "flight): %,.0f records/s = %,.0f msg/s, %.3f ms CPU per message (JVM: producer and broker)%n",
                    raw.perSecond(), raw.perSecond() * perRecord, rawCpu.jvmMillis());
            System.out.printf("load      %,d records written by one producer in %.1f s (before the clock starts)%n",
                    messages / perRecord, writeSeconds);
            System.out.printf("gateway   published on dip.pub.021: %,.0f msg/s (%.1f s); every record's offset "
                    + "committed (accepted, durable) by %.1f s%n", messages / toPublished, toPublished, toAccepted);
            System.out.printf("gateway   recorded by the delivery consumer: %,.0f msg/s (%.1f s)%n",
                    messages / toRecorded, toRecorded);
            System.out.printf("ratio     gateway published msg/s ÷ raw Kafka msg/s = %.2f%n",
                    messages / toPublished / (raw.perSecond() * perRecord));
            measured.print();
            System.out.printf("target    >= 5,000 msg/s published: %s%n",
                    messages / toPublished >= 5_000 ? "met" : "NOT met");
        }
    }

    private record Record(String key, byte[] value) {
    }

    /** A record of {@code perRecord} fresh IF-021 ({@code {"payload": ...}} alone, or an array of them). */
    private static Record record(int perRecord) {
        If021Message first = BenchMessages.if021(SENDER);
        if (perRecord == 1) {
            return new Record(first.mpanCore(), first.toMessageJson().getBytes(StandardCharsets.UTF_8));
        }
        If021Message[] batch = new If021Message[perRecord];
        batch[0] = first;
        for (int i = 1; i < perRecord; i++) {
            batch[i] = BenchMessages.if021(SENDER);
        }
        return new Record(first.mpanCore(), If021Message.batchOf(batch).getBytes(StandardCharsets.UTF_8));
    }

    private static void write(KafkaProducer<String, byte[]> producer, String topic, int messages, int perRecord) {
        for (int i = 0; i < messages / perRecord; i++) {
            Record record = record(perRecord);
            producer.send(new ProducerRecord<>(topic, record.key(), record.value()));
        }
        producer.flush();
    }

    /** One producer for every record, with the durability the services' outbox relays use. */
    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer());
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
