package uk.mhhs.dipclient.registration;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.registration.PartyHistory.PartiesOnDate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory copy of the registration service's compacted topic {@code <prefix>registration.parties}: MPAN core
 * to its {@link PartyHistory}, answering "who are the supplier, MS and DS of this MPAN on this date" without a call
 * to the registration service.
 *
 * <pre>{@code
 * var cache = new RegistrationPartiesCache(Map.of("bootstrap.servers", servers), new DipTopics(prefix));
 * cache.rebuild();                          // at start: the whole topic, from the beginning to its current end
 * cache.partiesOn("1200000000094", date);   // any thread, lock-free
 * cache.follow(Duration.ofSeconds(1));      // one thread, in a loop: what was published since
 * }</pre>
 *
 * <p>No consumer group and nothing committed: every start reads the topic from the beginning (compaction keeps one
 * record per MPAN). The consumer never creates the topic (the registration service declares it, compacted); until
 * it exists the cache is empty and {@link #follow} keeps looking for it. A record with a null value (tombstone)
 * removes the MPAN; an unreadable record is logged and skipped. {@link #rebuild}, {@link #follow} and
 * {@link #close} must be called from one thread at a time (the Kafka consumer is single-threaded); the reads may
 * be called from any thread at any time.
 */
public final class RegistrationPartiesCache implements RegisteredParties, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RegistrationPartiesCache.class);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private volatile PackedParties parties = new PackedParties();
    private volatile long skipped;
    private boolean assigned;

    /**
     * @param consumerConfig Kafka consumer settings (at least {@code bootstrap.servers}); group, offsets,
     *                       auto-creation and deserializers are set here
     * @param topics         the DIP topic names (for the prefix)
     */
    public RegistrationPartiesCache(Map<String, Object> consumerConfig, DipTopics topics) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.topic = topics.registrationParties();
    }

    /**
     * Forgets everything and reads the topic from the beginning to its current end; readers keep the previous
     * copy until this one is complete. If the topic does not exist yet the cache is empty.
     *
     * @return the number of MPANs held
     */
    public int rebuild() {
        PackedParties fresh = new PackedParties();
        assigned = assignFromBeginning();
        if (assigned) {
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                apply(fresh, consumer.poll(POLL));
            }
        }
        parties = fresh;
        log.info("registration parties cache rebuilt from {}: {} MPANs", topic, fresh.size());
        return fresh.size();
    }

    /**
     * Reads what was published since (waiting up to {@code maxWait} for something); before the topic exists, looks
     * for it instead and, once found, reads it from the beginning.
     *
     * @return the number of records applied
     */
    public int follow(Duration maxWait) {
        if (!assigned) {
            assigned = assignFromBeginning();
            if (!assigned) {
                return 0;
            }
        }
        var records = consumer.poll(maxWait);
        apply(parties, records);
        return records.count();
    }

    /** Makes a {@link #follow} that is waiting return at once (callable from any thread). */
    public void wakeup() {
        consumer.wakeup();
    }

    /** The MPAN's supplier, MS and DS on {@code date}; {@link PartiesOnDate#NONE} for an MPAN not held. */
    @Override
    public PartiesOnDate partiesOn(String mpanCore, LocalDate date) {
        long key;
        try {
            key = Long.parseLong(mpanCore);
        } catch (NumberFormatException e) {
            return PartiesOnDate.NONE;
        }
        return parties.asAt(key, date);
    }

    /** The MPAN's whole history as held. */
    public Optional<PartyHistory> history(String mpanCore) {
        try {
            return Optional.ofNullable(parties.history(Long.parseLong(mpanCore)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** MPANs held. */
    public int size() {
        return parties.size();
    }

    /** Records skipped because they could not be read. */
    public long skipped() {
        return skipped;
    }

    /** Whether the topic has been found (and is being read). */
    public boolean following() {
        return assigned;
    }

    @Override
    public void close() {
        consumer.close();
    }

    private boolean assignFromBeginning() {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
        if (infos == null || infos.isEmpty()) {
            return false;
        }
        List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return true;
    }

    private void apply(PackedParties into, Iterable<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                if (record.value() == null) {
                    into.remove(record.key());
                } else {
                    PartyHistory history = PartyHistory.parse(record.value());
                    if (!history.mpanCore().equals(record.key())) {
                        throw new IllegalArgumentException("key " + record.key() + " but mpanCore "
                                + history.mpanCore());
                    }
                    into.put(history);
                }
            } catch (RuntimeException e) {
                skipped++;
                log.warn("skipped unreadable record {}-{}@{}: {}", record.topic(), record.partition(),
                        record.offset(), e.toString());
            }
        }
    }
}
