package uk.mhhs.dipclient.isd;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's in-memory copy of ISD entities, built from the compacted topics {@code <prefix>isd.<entity>} that
 * the ISD service publishes each version's rows to. {@link #rebuild()} reads every topic from the beginning to
 * its current end (no consumer group, nothing committed), so a restarted service gets the same answers without
 * calling ISD; {@link #refresh()} reads what arrived since. Methods are synchronised: one thread refreshes while
 * others ask.
 *
 * <pre>{@code
 * var cache = new IsdSnapshotCache(Map.of("bootstrap.servers", servers), "", List.of("consumption-component-class"));
 * cache.rebuild();
 * cache.asAt("consumption-component-class", LocalDate.of(2026, 5, 1));
 * }</pre>
 */
public final class IsdSnapshotCache implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<String> topics;
    private final String topicPrefix;
    private IsdAsAtView view = new IsdAsAtView();

    /**
     * @param consumerConfig Kafka consumer settings (at least {@code bootstrap.servers}); group, offsets and
     *                       deserializers are set here
     * @param topicPrefix    the DIP topic prefix ({@code mhhs.dip.topic-prefix}), empty in production
     * @param entities       the entities to hold, e.g. {@code consumption-component-class}
     */
    public IsdSnapshotCache(Map<String, Object> consumerConfig, String topicPrefix, Collection<String> entities) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.topicPrefix = topicPrefix == null ? "" : topicPrefix;
        this.topics = entities.stream().map(e -> this.topicPrefix + "isd." + e).toList();
    }

    /** Forgets everything and reads every topic from the beginning to its current end. */
    public synchronized void rebuild() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        view = new IsdAsAtView();
        readToEnd(partitions);
    }

    /** Reads what was published since the last rebuild or refresh. */
    public synchronized void refresh() {
        readToEnd(new ArrayList<>(consumer.assignment()));
    }

    public synchronized List<IsdSnapshot> asAt(String entity, LocalDate date) {
        return view.asAt(entity, date);
    }

    public synchronized List<IsdSnapshot> asAt(String entity, LocalDate date, int version) {
        return view.asAt(entity, date, version);
    }

    public synchronized int size() {
        return view.size();
    }

    private void readToEnd(List<TopicPartition> partitions) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                String entity = record.topic().substring(topicPrefix.length() + "isd.".length());
                if (record.value() == null) {
                    view.remove(entity, record.key());
                } else {
                    view.put(record.key(), IsdSnapshot.parse(record.value()));
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
