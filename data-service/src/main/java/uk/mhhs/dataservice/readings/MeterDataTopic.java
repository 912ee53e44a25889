package uk.mhhs.dataservice.readings;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * The {@code meter-data.readings} topic: each record is one {@link MeterDataBatch} as JSON. A stored batch is
 * acknowledged by committing the offset after the database commit (a crash in between redelivers it, and storing
 * the same values again changes nothing); a refused one is answered on {@code meter-data.readings.refused} with the
 * same key and {@code {"problems": [...]}}, so the collector learns of it. A record that is not JSON is refused the
 * same way.
 */
@Component
class MeterDataTopic {

    private static final Logger LOG = LoggerFactory.getLogger(MeterDataTopic.class);

    private final MeterDataIntake intake;
    private final KafkaTemplate<String, byte[]> refusals;
    private final String refusedTopic;

    MeterDataTopic(MeterDataIntake intake, KafkaTemplate<String, byte[]> refusals, MeterDataTopics topics) {
        this.intake = intake;
        this.refusals = refusals;
        this.refusedTopic = topics.refused();
    }

    @KafkaListener(topics = "#{@meterDataTopics.readings()}", groupId = "#{@meterDataTopics.group()}")
    void onBatch(ConsumerRecord<String, byte[]> record) {
        MeterDataBatch batch;
        try {
            batch = JsonMapper.shared().readValue(record.value(), MeterDataBatch.class);
        } catch (JacksonException e) {
            refuse(record, List.of(new ReadingProblem(0, ReadingProblem.Code.DSR008.name(),
                    "record is not a meter-data batch: " + e.getOriginalMessage())));
            return;
        }
        MeterDataIntake.Outcome outcome = intake.take(batch);
        if (!outcome.accepted()) {
            refuse(record, outcome.problems());
        }
    }

    private void refuse(ConsumerRecord<String, byte[]> record, List<ReadingProblem> problems) {
        LOG.info("meter-data batch {}@{} refused: {} problem(s), first {}", record.partition(), record.offset(),
                problems.size(), problems.get(0));
        refusals.send(new ProducerRecord<>(refusedTopic, record.key(),
                JsonMapper.shared().writeValueAsBytes(Map.of("problems", problems))));
    }
}
