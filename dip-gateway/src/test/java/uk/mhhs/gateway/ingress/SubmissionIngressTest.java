package uk.mhhs.gateway.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;
import uk.mhhs.gateway.participants.ParticipantRegistry;
import uk.mhhs.gateway.participants.ParticipantStore;
import uk.mhhs.gateway.participants.RoleAssignment;
import uk.mhhs.gateway.participants.StoredParticipant;
import uk.mhhs.testsupport.dip.If021Message;
import uk.mhhs.testsupport.kafka.TopicReader;

/**
 * {@code dip.submissions}: our own services' IFs go through the same checks as HTTP ones (without API key and
 * signature), are published when valid, answered on {@code dip.status} when not, and published once however
 * often the record is delivered.
 */
@GatewayIntegrationTest
class SubmissionIngressTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static KafkaProducer<String, byte[]> producer;
    private static TopicReader pub021;
    private static TopicReader status;
    private static String dataService;
    private static String marketDataService;

    @Autowired DipTopics topics;
    @Autowired ParticipantStore store;
    @Autowired ParticipantRegistry registry;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    @BeforeEach
    void setUpOnce() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
            pub021 = TopicReader.fromBeginning(bootstrapServers, topics.publication("IF-021"));
            status = TopicReader.fromBeginning(bootstrapServers, topics.status());
            // one of mhhs.gateway.submissions.suite-senders (test application.yml)
            dataService = "9900000093";
            if (registry.findByDipId(dataService).isEmpty()) {
                store.insert(new StoredParticipant(dataService, null, "Data service (suite)",
                        List.of(RoleAssignment.of("SDS")), null, null, Set.of(), true));
            }
            marketDataService = IngressFixture.newDipId();
            store.insert(new StoredParticipant(marketDataService, null, "A market participant's data service",
                    List.of(RoleAssignment.of("SDS")), null, null, Set.of(), true));
            registry.refresh();
        }
    }

    @AfterAll
    static void close() {
        if (producer != null) {
            producer.close();
            pub021.close();
            status.close();
        }
    }

    @Test
    void publishes_an_IF021_a_registered_data_service_submits() {
        If021Message message = If021Message.from(dataService);

        submit(message.mpanCore(), message.toMessageJson());

        JsonNode d0 = IngressFixture.json(pub021.awaitMentioning(message.senderUniqueReference(), WAIT).value())
                .get("payload").get("CommonBlock").get("D0");
        assertThat(d0.get("publicationID").stringValue()).isEqualTo("PUB-021");
        assertThat(d0.get("transactionID").stringValue()).startsWith("T-IF-021-" + dataService + "-SDS-");
    }

    @Test
    void publishes_a_redelivered_submission_once_and_says_nothing_about_it() {
        If021Message message = If021Message.from(dataService);
        byte[] record = message.toBatchJson().getBytes(StandardCharsets.UTF_8);

        submit(message.mpanCore(), record);
        submit(message.mpanCore(), record);
        If021Message fence = If021Message.from(dataService);
        submit(fence.mpanCore(), fence.toMessageJson());

        pub021.awaitMentioning(fence.senderUniqueReference(), WAIT);
        assertThat(pub021.mentioning(message.senderUniqueReference())).hasSize(1);
        assertThat(status.mentioning(message.senderUniqueReference())).isEmpty();
    }

    @Test
    void answers_an_invalid_submission_on_dip_status_keyed_by_the_sender() {
        If021Message message = If021Message.from(dataService).periodValue(5, "1.5");

        submit(message.mpanCore(), message.toMessageJson());

        ConsumerRecord<String, byte[]> answer = status.awaitMentioning(message.senderUniqueReference(), WAIT);
        assertThat(answer.key()).isEqualTo(dataService);
        JsonNode entry = IngressFixture.json(answer.value()).get("messageArray").get(0);
        assertThat(entry.get("message").stringValue()).startsWith("MSG1001 - Schema Failure: "
                + "$.payload.CustomBlock.B900.settlementDayConsumptionPeriods[0].consumptionPeriods[5].v");
        assertThat(entry.get("recipientID").stringValue()).isEqualTo(dataService);
        assertThat(pub021.mentioning(message.senderUniqueReference())).isEmpty();
    }

    @Test
    void refuses_a_submission_naming_a_registered_participant_that_is_not_one_of_the_suite_services() {
        // given a registered SDS that is a market participant, not one of the suite's services: anyone who can
        // write to dip.submissions could otherwise have the gateway sign and deliver in its name
        If021Message claimed = If021Message.from(marketDataService);

        submit(claimed.mpanCore(), claimed.toMessageJson());

        ConsumerRecord<String, byte[]> answer = status.awaitMentioning(claimed.senderUniqueReference(), WAIT);
        assertThat(answer.key()).isEqualTo(marketDataService);
        JsonNode entry = IngressFixture.json(answer.value()).get("messageArray").get(0);
        assertThat(entry.get("message").stringValue()).isEqualTo("MSG1009 - Sender DIP ID Invalid: "
                + "$.payload.CommonBlock.S1.senderDIPID: Expected the DIP ID of one of the suite's own services, the "
                + "only senders dip.submissions takes, but found " + marketDataService + ".");
        If021Message fence = If021Message.from(dataService);
        submit(fence.mpanCore(), fence.toMessageJson());
        pub021.awaitMentioning(fence.senderUniqueReference(), WAIT);
        assertThat(pub021.mentioning(claimed.senderUniqueReference())).isEmpty();
    }

    @Test
    void answers_a_submission_from_an_unregistered_sender_with_MSG1009() {
        // one of the suite's DIP IDs (test application.yml) that no test registers
        String stranger = "9900000094";
        If021Message message = If021Message.from(stranger);

        submit(message.mpanCore(), message.toMessageJson());

        ConsumerRecord<String, byte[]> answer = status.awaitMentioning(message.senderUniqueReference(), WAIT);
        assertThat(answer.key()).isEqualTo(stranger);
        assertThat(new String(answer.value(), StandardCharsets.UTF_8)).contains("MSG1009 - Sender DIP ID Invalid");
    }

    private void submit(String key, String value) {
        submit(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private void submit(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topics.submissions(), key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
