package uk.mhhs.gateway.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.Scheduled;
import uk.mhhs.dipclient.DipTopics;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The {@code dip.dead.letter.depth} gauge (tag {@code topic}): records on each dead-letter topic of the broker
 * ({@code <topic>.dlt}, the gateway's and every service's), the sum over partitions of end minus start offset.
 * Nothing consumes a dead-letter topic, so this is what waits for an operator. The gateway reports every service's
 * topics because it alone sees the whole DIP; the broker is asked every {@code refresh} (not on each scrape), and a
 * topic's gauge exists (at 0) from the first refresh after the topic was declared.
 */
public class DeadLetterDepth implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDepth.class);
    private static final String SUFFIX = DipTopics.deadLetter("x").substring(1);

    private final Admin admin;
    private final MeterRegistry registry;
    private final Map<String, Double> depthByTopic = new ConcurrentHashMap<>();

    public DeadLetterDepth(KafkaAdmin kafkaAdmin, MeterRegistry registry) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.registry = registry;
    }

    /** Reads the dead-letter topics' offsets; a broker that does not answer leaves the last figures. */
    @Scheduled(initialDelay = 5, fixedDelayString = "${mhhs.gateway.dead-letter-depth-refresh-seconds:15}",
            timeUnit = TimeUnit.SECONDS)
    public void refresh() {
        try {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(name -> name.endsWith(SUFFIX)).collect(Collectors.toSet());
            if (topics.isEmpty()) {
                return;
            }
            Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                    .get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            descriptions.values().forEach(topic -> topic.partitions().forEach(p -> {
                earliest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.earliest());
                latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest());
            }));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts =
                    admin.listOffsets(earliest).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            Map<String, Double> depths = new HashMap<>();
            topics.forEach(topic -> depths.put(topic, 0.0));
            ends.forEach((partition, end) -> depths.merge(partition.topic(),
                    (double) (end.offset() - starts.get(partition).offset()), Double::sum));
            depths.forEach((topic, depth) -> {
                if (depthByTopic.put(topic, depth) == null) {
                    Gauge.builder("dip.dead.letter.depth", depthByTopic, byTopic -> byTopic.getOrDefault(topic, 0.0))
                            .tag("topic", topic)
                            .description("Records waiting on a dead-letter topic (nothing consumes them)")
                            .register(registry);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Could not read the dead-letter topics' offsets: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
