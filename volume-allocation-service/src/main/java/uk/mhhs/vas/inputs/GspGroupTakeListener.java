package uk.mhhs.vas.inputs;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListener;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.vas.rules.GspGroupTakeCode;
import uk.mhhs.vas.rules.GspGroupTakeReport;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;

/**
 * Takes the CDCA's GSP Group Take files off Kafka (record value = the upload's CSV): a good file is stored with source
 * {@code KAFKA}; a refused one has its row report published to {@code <topic>.refused} (JSON
 * {@link Refusal}) and logged (metric {@code vas.gsp_group_take.files{outcome=refused}}). Redelivery is harmless: a
 * file identical to the date's latest version stores nothing. A failure to store (database down) is thrown back to the
 * container, which retries and at last refuses the record with {@code VAS015} ({@link GspGroupTakeKafka}).
 */
class GspGroupTakeListener implements MessageListener<String, byte[]>, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(GspGroupTakeListener.class);

    /** What {@code <topic>.refused} carries: which record was refused and why. */
    record Refusal(String topic, int partition, long offset, String key, GspGroupTakeReport report) {
    }

    private final GspGroupTakeStore store;
    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final KafkaTemplate<String, byte[]> refusals;

    GspGroupTakeListener(GspGroupTakeStore store, DefaultKafkaProducerFactory<String, byte[]> producers) {
        this.store = store;
        this.producers = producers;
        this.refusals = new KafkaTemplate<>(producers);
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        String csv = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        String name = record.key() != null ? record.key() : record.topic() + "-" + record.partition() + "@"
                + record.offset();
        if (store.receive(csv, GspGroupTakeStore.Source.KAFKA, name) instanceof GspGroupTakeStore.Refused refused) {
            refuse(record, refused.report());
        }
    }

    /** Publishes the refusal and waits for the broker, so the record's offset is committed only after it. */
    void refuse(ConsumerRecord<?, ?> record, GspGroupTakeReport report) {
        Refusal refusal = new Refusal(record.topic(), record.partition(), record.offset(),
                record.key() == null ? null : record.key().toString(), report);
        try {
            refusals.send(refusedTopic(record.topic()), refusal.key(), JsonMapper.shared().writeValueAsBytes(refusal))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing a GSP Group Take refusal", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish a GSP Group Take refusal", e.getCause());
        }
        LOG.warn("GSP Group Take record {}-{}@{} refused to {}: {} problems", record.topic(), record.partition(),
                record.offset(), refusedTopic(record.topic()), report.problemCount());
    }

    /** Refuses a record that could not be stored however often it was tried. */
    void unstorable(ConsumerRecord<?, ?> record, Exception cause) {
        refuse(record, GspGroupTakeReport.refused(GspGroupTakeCode.VAS015, "the file could not be stored: "
                + cause.getMessage()));
    }

    static String refusedTopic(String topic) {
        return topic + ".refused";
    }
}
