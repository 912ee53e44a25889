package uk.mhhs.dipclient;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.DipMessage;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RealServers(database = "dip_client_it")
class DipOutboxTest {

    @Autowired
    DipOutbox outbox;
    @Autowired
    DipSenderBlocks senderBlocks;
    @Autowired
    DipTopics topics;

    @Test
    void submits_messages_to_the_submissions_topic_keyed_by_mpan_core() {
        JsonNode asJson = JsonMapper.shared().readTree("""
                {"payload":{"CommonBlock":{"S0":{"interfaceID":"IF-021"}},"CustomBlock":{"n":1}}}""");
        ObjectNode custom = JsonMapper.shared().createObjectNode().put("n", 2);
        DipMessage asRecord = senderBlocks.message("IF-021", "[ActivePower]", List.of("9900000030"),
                new M0("2000056535972", "9900000010", "_A"), custom);

        try (TopicReader reader = TopicReader.fromBeginning(topics.submissions())) {
            int before = reader.poll().size();
            outbox.submit(asJson, "2000056535971");
            outbox.submit(asRecord);
            outbox.submit(JsonMapper.shared().readTree("{\"CommonBlock\":{},\"CustomBlock\":{}}"), null);

            List<ConsumerRecord<String, byte[]>> records = reader.awaitRecords(before + 3).subList(before, before + 3);
            assertThat(records).extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder("2000056535971", "2000056535972", null);
            ConsumerRecord<String, byte[]> fromRecord = records.stream()
                    .filter(r -> "2000056535972".equals(r.key())).findFirst().orElseThrow();
            JsonNode sent = JsonMapper.shared().readTree(fromRecord.value());
            JsonNode s1 = sent.path("payload").path("CommonBlock").path("S1");
            assertThat(s1.path("senderDIPID").stringValue()).isEqualTo("9900000005");
            assertThat(s1.path("senderRoleID").stringValue()).isEqualTo("MDS");
            assertThat(s1.path("environmentTag").stringValue()).isEqualTo("PRD");
            assertThat(s1.path("senderUniqueReference").stringValue()).startsWith("S-IF-021-9900000005-MDS-");
            assertThat(sent.path("payload").path("CommonBlock").path("A0").path("primaryRecipients").get(0).stringValue())
                    .isEqualTo("9900000030");
            assertThat(sent.path("payload").path("CustomBlock").path("n").intValue()).isEqualTo(2);
            ConsumerRecord<String, byte[]> fromJson = records.stream()
                    .filter(r -> "2000056535971".equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(fromJson.value(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"payload\":{\"CommonBlock\":{\"S0\":{\"interfaceID\":\"IF-021\"}},\"CustomBlock\":{\"n\":1}}}");
            ConsumerRecord<String, byte[]> bare = records.stream().filter(r -> r.key() == null).findFirst().orElseThrow();
            assertThat(new String(bare.value(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"payload\":{\"CommonBlock\":{},\"CustomBlock\":{}}}");
        }
    }

    @Test
    void refuses_json_that_is_neither_a_message_nor_a_payload() {
        assertThatThrownBy(() -> outbox.submit(JsonMapper.shared().readTree("{\"CustomBlock\":{}}"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
