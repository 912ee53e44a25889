package uk.mhhs.testsupport.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import uk.mhhs.testsupport.TestKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;


/**
 * Reads one topic of a broker (the test broker unless told otherwise) without a consumer group, keeping every
 * record read; tests wait on it for records and then look at everything read so far. It reads
 * {@code read_committed}, as the services' consumers do, so a record of an aborted outbox transaction is never
 * seen. All its calls are made from the test's thread (a Kafka consumer is not thread-safe).
 */
public final class TopicReader implements AutoCloseable {

    /** How long a wait for records lasts unless told otherwise. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    private static final Duration PARTITIONS_WAIT = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

    private TopicReader(String bootstrapServers, String topic, boolean fromBeginning) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        // the test broker creates a topic (3 partitions) when it is first asked for it
        Awaitility.await().atMost(PARTITIONS_WAIT).pollInSameThread().until(() -> {
            partitions.clear();
            consumer.partitionsFor(topic, Duration.ofSeconds(5))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            return !partitions.isEmpty();
        });
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
            // seekToEnd is lazy: asking for the positions fixes the start now, before the test acts
            partitions.forEach(consumer::position);
        }
    }

    /** A reader of {@code topic} of the test broker from its first record. */
    public static TopicReader fromBeginning(String topic) {
        return fromBeginning(TestKafka.instance().bootstrapServers(), topic);
    }

    /** A reader of {@code topic} of the broker at {@code bootstrapServers} from its first record. */
    public static TopicReader fromBeginning(String bootstrapServers, String topic) {
        return new TopicReader(bootstrapServers, topic, true);
    }

    /** A reader of {@code topic} of the test broker that sees only records written after this call. */
    public static TopicReader fromNow(String topic) {
        return new TopicReader(TestKafka.instance().bootstrapServers(), topic, false);
    }

    /** Reads what is there now; returns every record read so far, in the order read. */
    public List<ConsumerRecord<String, byte[]>> poll() {
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
        return List.copyOf(records);
    }

    /** Every record read so far, without reading more. */
    public List<ConsumerRecord<String, byte[]>> records() {
        return List.copyOf(records);
    }

    /** Waits until at least {@code count} records have been read in all; returns every record read so far. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(int count) {
        return awaitAll(record -> true, count, DEFAULT_WAIT);
    }

    /**
     * Waits until at least {@code count} of the records read match; returns the matching ones, in the order read.
     */
    public List<ConsumerRecord<String, byte[]>> awaitAll(Predicate<ConsumerRecord<String, byte[]>> match, int count,
                                                        Duration timeout) {
        Awaitility.await().atMost(timeout).pollInSameThread().pollInterval(Duration.ofMillis(10))
                .until(() -> poll().stream().filter(match).count() >= count);
        return matching(match);
    }

    /** Waits (up to {@link #DEFAULT_WAIT}) until a record matches; returns the first that does. */
    public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> match) {
        return await(match, DEFAULT_WAIT);
    }

    /** Waits until a record matches; returns the first that does. */
    public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> match, Duration timeout) {
        return awaitAll(match, 1, timeout).get(0);
    }

    /** Waits until a record mentions {@code text} in its value; returns the first that does. */
    public ConsumerRecord<String, byte[]> awaitMentioning(String text, Duration timeout) {
        return await(record -> mentions(record, text), timeout);
    }

    /** Every record read so far that mentions {@code text} in its value. */
    public List<ConsumerRecord<String, byte[]>> mentioning(String text) {
        return matching(record -> mentions(record, text));
    }

    /**
     * Reads every partition up to its end as of now (its last stable offset: read_committed), so that what was
     * written before this call has all been read.
     */
    public void readToEnd() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), PARTITIONS_WAIT);
        Awaitility.await().atMost(PARTITIONS_WAIT).pollInSameThread().pollInterval(Duration.ofMillis(10)).until(() -> {
            poll();
            return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
        });
    }

    /** Whether {@code record}'s value, read as UTF-8, contains {@code text}. */
    public static boolean mentions(ConsumerRecord<String, byte[]> record, String text) {
        return record.value() != null && new String(record.value(), StandardCharsets.UTF_8).contains(text);
    }

    /** Reads {@code topic} of the test broker from the beginning until a record matches; returns the first. */
    public static ConsumerRecord<String, byte[]> awaitRecord(String topic,
                                                             Predicate<ConsumerRecord<String, byte[]>> match) {
        try (TopicReader reader = fromBeginning(topic)) {
            return reader.await(match);
        }
    }

    /** Sends one record to the test broker and waits for its acknowledgement by all replicas. */
    public static void send(String topic, String key, byte[] value) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                "bootstrap.servers", TestKafka.instance().bootstrapServers(), "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    private List<ConsumerRecord<String, byte[]>> matching(Predicate<ConsumerRecord<String, byte[]>> match) {
        return records.stream().filter(match).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
