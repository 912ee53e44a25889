package uk.mhhs.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * How far the gateway got, read from the broker rather than the database (so that watching costs PostgreSQL
 * nothing): records on a topic (sum of its partitions' end offsets) and what a consumer group has committed on it.
 * A listener container commits only after its database transaction, so a group's committed offsets reaching a
 * topic's end means every record of it is durable.
 */
final class KafkaProgress implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);

    private final Admin admin;

    KafkaProgress(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Records written to {@code topic} so far. */
    long records(String topic) {
        try {
            var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic)
                    .partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            long sum = 0;
            for (ListOffsetsResult.ListOffsetsResultInfo info : admin.listOffsets(latest).all().get().values()) {
                sum += info.offset();
            }
            return sum;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Offsets {@code group} has committed on {@code topic}, summed over its partitions. */
    long committed(String group, String topic) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits until {@code topic} holds at least {@code target} records; returns when (System.nanoTime). */
    long awaitRecords(String topic, long target, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (records(topic) < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(topic + " did not reach " + target + " records (" + records(topic)
                        + ") within " + atMost);
            }
            Thread.sleep(POLL.toMillis());
        }
        return System.nanoTime();
    }

    /** Waits until {@code group} has committed {@code topic} up to its end; returns when (System.nanoTime). */
    long awaitCaughtUp(String group, String topic, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        long end = records(topic);
        while (committed(group, topic) < end) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(group + " did not catch up on " + topic + " within " + atMost);
            }
            Thread.sleep(POLL.toMillis());
        }
        return System.nanoTime();
    }

    @Override
    public void close() {
        admin.close();
    }
}
