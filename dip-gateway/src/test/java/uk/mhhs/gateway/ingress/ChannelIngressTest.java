package uk.mhhs.gateway.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;
import uk.mhhs.testsupport.TestCertificates;
import uk.mhhs.testsupport.dip.If021Message;
import uk.mhhs.testsupport.dip.SignedDipRequests;
import uk.mhhs.testsupport.kafka.TopicReader;

/**
 * {@code POST /dip-channel/{id}} end to end on the real PostgreSQL and Kafka: what is accepted is published on
 * {@code dip.pub.021} as the DIP would deliver it; what is refused or rejected carries its official code and is
 * published nowhere. "Published nowhere" is proved with a fence: a valid message for the same MPAN (so the same
 * partition, published in order) is sent after it, and once the fence is on the topic nothing of the refused one
 * may be there.
 */
@GatewayIntegrationTest
class ChannelIngressTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MPAN = "2000056535971";

    private static IngressFixture.Sender dataService;
    private static String loadShaping;
    private static String marketData;
    private static String distributor;
    private static TopicReader pub021;

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired JdbcTemplate jdbc;
    @Autowired DipTopics topics;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    IngressFixture fixture;

    @BeforeEach
    void onboardOnce() {
        fixture = new IngressFixture(port);
        if (dataService == null) {
            dataService = fixture.onboardSender("SDS");
            loadShaping = fixture.onboard("LSS");
            marketData = fixture.onboard("MDS");
            distributor = fixture.onboard("LDSO");
            pub021 = TopicReader.fromBeginning(bootstrapServers, topics.publication("IF-021"));
        }
    }

    @AfterAll
    static void closeReader() {
        if (pub021 != null) {
            pub021.close();
        }
    }

    @Test
    void accepts_a_signed_IF021_and_publishes_it_on_dip_pub_021_with_D0_and_the_always_recipients() {
        If021Message message = valid();

        HttpResponse<String> response = post(message);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode entry = IngressFixture.json(response.body()).get("messageArray").get(0);
        String transactionId = entry.get("transactionID").stringValue();
        assertThat(transactionId).matches("T-IF-021-" + dataService.dipId() + "-SDS-\\d{8}-[0-9A-F]{20}")
                .hasSizeLessThanOrEqualTo(65);
        assertThat(entry.get("message").stringValue()).isEqualTo("MSG0000 - Success");
        assertThat(entry.get("senderUniqueReference").stringValue()).isEqualTo(message.senderUniqueReference());
        assertThat(entry.get("recipientID").stringValue()).isEqualTo(dataService.dipId());
        assertThat(entry.propertyNames()).containsExactly("transactionID", "senderUniqueReference", "correlationID",
                "sentTimestamp", "senderID", "recipientID", "DIPConnectionProviderID", "message", "help",
                "serviceTicketURL");
        assertThat(entry.get("help").isNull()).isTrue();

        ConsumerRecord<String, byte[]> record = pub021.awaitMentioning(transactionId, WAIT);
        assertThat(record.key()).isEqualTo(MPAN);
        JsonNode common = IngressFixture.json(record.value()).get("payload").get("CommonBlock");
        assertThat(common.propertyNames()).containsExactly("S0", "S1", "A0", "M0", "D0");
        JsonNode d0 = common.get("D0");
        assertThat(d0.get("transactionID").stringValue()).isEqualTo(transactionId);
        assertThat(d0.get("publicationID").stringValue()).isEqualTo("PUB-021");
        assertThat(d0.get("transactionTimestamp").stringValue()).hasSize(25).endsWith("+00:00");
        assertThat(d0.get("initialCorrelationID").stringValue()).isEqualTo(message.correlationId());
        assertThat(d0.get("replayIndicator").booleanValue()).isFalse();
        assertThat(d0.has("serviceTicketURL") && d0.get("serviceTicketURL").isNull()).isTrue();
        assertThat(strings(common.get("A0").get("always"))).containsExactly(loadShaping, marketData);
        assertThat(strings(common.get("A0").get("secondaryRecipients"))).containsExactly(distributor);
        assertThat(jdbc.queryForObject("select outcome_status from dip.ingress_archive where "
                + "? = any(transaction_ids)", Integer.class, transactionId)).isEqualTo(201);
    }

    @Test
    void reads_keys_in_any_case_and_publishes_the_official_spelling() {
        If021Message message = valid().lowerCaseKeys();

        HttpResponse<String> response = post(message);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String transactionId = IngressFixture.json(response.body()).get("messageArray").get(0)
                .get("transactionID").stringValue();
        JsonNode payload = IngressFixture.json(pub021.awaitMentioning(transactionId, WAIT).value()).get("payload");
        assertThat(payload.get("CommonBlock").get("S0").get("interfaceID").stringValue()).isEqualTo("IF-021");
        assertThat(payload.get("CustomBlock").get("B900").has("settlementDayConsumptionPeriods")).isTrue();
    }

    @Test
    void accepts_a_batch_whole_with_one_transaction_per_message() {
        String body = If021Message.batchOf(valid(), valid());

        HttpResponse<String> response = IngressFixture.send(dataService.requests().post("IF-021", body));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode entries = IngressFixture.json(response.body()).get("messageArray");
        assertThat(entries.size()).isEqualTo(2);
        assertThat(entries.get(0).get("transactionID").stringValue())
                .isNotEqualTo(entries.get(1).get("transactionID").stringValue());
    }

    @Test
    void refuses_a_wrong_content_hash_with_RCP9999() {
        If021Message message = valid();
        HttpResponse<String> response = post(message, Instant.now(), headers -> {
            headers.put("X-DIP-Content-Hash", "RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=");
            return headers;
        });
        assertRefused(response, 403, "RCP9999", message);
    }

    @Test
    void refuses_a_signature_by_another_key_with_RCP9999() {
        If021Message message = valid();
        TestCertificates.Credential impostor = TestCertificates.selfSigned("impostor");
        var otherKey = new SignedDipRequests(fixture.baseUrl(), dataService.apiKey(),
                new TestCertificates.Credential(impostor.privateKey(), dataService.credential().certificate()));
        HttpResponse<String> response = IngressFixture.send(otherKey.post("IF-021", message.toBatchJson()));
        assertRefused(response, 403, "RCP9999", message);
    }

    @Test
    void refuses_a_certificate_other_than_the_registered_one_with_RCP9999() {
        If021Message message = valid();
        var otherCertificate = new SignedDipRequests(fixture.baseUrl(), dataService.apiKey(),
                TestCertificates.selfSigned(dataService.dipId()));
        HttpResponse<String> response = IngressFixture.send(otherCertificate.post("IF-021", message.toBatchJson()));
        assertRefused(response, 403, "RCP9999", message);
    }

    @Test
    void refuses_a_signature_date_more_than_five_minutes_old_with_RCP9999() {
        If021Message message = valid();
        HttpResponse<String> response = post(message, Instant.now().minus(Duration.ofMinutes(6)),
                UnaryOperator.identity());
        assertRefused(response, 403, "RCP9999", message);
        assertThat(response.body()).contains("more than PT5M");
    }

    @Test
    void refuses_a_missing_or_unknown_API_key_with_401() {
        If021Message message = valid();
        var noKey = new SignedDipRequests(fixture.baseUrl(), null, dataService.credential());
        var unknownKey = new SignedDipRequests(fixture.baseUrl(), "not-a-key", dataService.credential());
        assertRefused(IngressFixture.send(noKey.post("IF-021", message.toBatchJson())), 401, null, message);
        assertRefused(IngressFixture.send(unknownKey.post("IF-021", message.toBatchJson())), 401, null, message);
    }

    @Test
    void rejects_an_unknown_sender_with_MSG1009() {
        If021Message message = If021Message.from(IngressFixture.newDipId()).mpanCore(MPAN)
                .distributorDipId(distributor).connectionProviderId(dataService.dipId());
        assertRejected(post(message), "MSG1009", "$.payload.CommonBlock.S1.senderDIPID", message);
    }

    @Test
    void rejects_a_role_that_does_not_send_IF021_with_MSG1010() {
        IngressFixture.Sender supplier = fixture.onboardSender("SUP");
        If021Message message = If021Message.from(supplier.dipId()).senderRole("SUP").mpanCore(MPAN);
        HttpResponse<String> response = IngressFixture.send(supplier.requests().post("IF-021", message.toBatchJson()));
        assertRejected(response, "MSG1010", "$.payload.CommonBlock.S1.senderRoleID", message);
        assertThat(response.body()).contains("SDS, ADS, UMSDS");
    }

    @Test
    void rejects_a_sender_role_the_participant_does_not_hold_with_MSG1010() {
        If021Message message = valid().senderRole("ADS");
        assertRejected(post(message), "MSG1010", "$.payload.CommonBlock.S1.senderRoleID", message);
    }

    @Test
    void rejects_an_interface_ID_other_than_the_path_with_MSG1002() {
        If021Message message = valid();
        HttpResponse<String> response = IngressFixture.send(dataService.requests().post("IF-022",
                message.toBatchJson()));
        assertRejected(response, "MSG1002", "$.payload.CommonBlock.S0.interfaceID", message);
    }

    @Test
    void rejects_an_unknown_event_code_with_RCP1003() {
        If021Message message = valid().eventCode("[PassivePower]");
        assertRejected(post(message), "RCP1003", "$.payload.CommonBlock.S0.eventCode", message);
    }

    @Test
    void rejects_a_consumption_value_without_three_decimals_with_MSG1001_and_its_path() {
        If021Message message = valid().periodValue(0, "1.5");
        HttpResponse<String> response = post(message);
        assertRejected(response, "MSG1001",
                "$.payload.CustomBlock.B900.settlementDayConsumptionPeriods[0].consumptionPeriods[0].v", message);
        assertThat(response.body()).contains("MSG1001 - Schema Failure: "
                + "$.payload.CustomBlock.B900.settlementDayConsumptionPeriods[0].consumptionPeriods[0].v");
    }

    @Test
    void rejects_a_reused_sender_unique_reference_with_MSG1006() {
        If021Message first = valid();
        assertThat(post(first).statusCode()).isEqualTo(201);
        If021Message again = valid().senderUniqueReference(first.senderUniqueReference());

        HttpResponse<String> response = post(again);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("MSG1006 - Sender Unique Reference Duplicated");
        fenceThenAssertPublishedOnce(first.senderUniqueReference());
    }

    @Test
    void rejects_a_batch_whose_messages_share_a_sender_unique_reference_with_MSG1006() {
        If021Message first = valid();
        If021Message twin = valid().senderUniqueReference(first.senderUniqueReference());
        HttpResponse<String> response = IngressFixture.send(dataService.requests().post("IF-021",
                If021Message.batchOf(first, twin)));
        assertRejected(response, "MSG1006", "$.payload.CommonBlock.S1.senderUniqueReference", first);
    }

    @Test
    void rejects_a_sender_timestamp_in_the_future_with_MSG1007() {
        If021Message message = valid().senderTimestamp(Instant.now().plus(Duration.ofHours(1)));
        assertRejected(post(message), "MSG1007", "$.payload.CommonBlock.S1.senderTimestamp", message);
    }

    @Test
    void rejects_malformed_JSON_with_MSG1001() {
        HttpResponse<String> response = IngressFixture.send(dataService.requests().post("IF-021", "[{\"payload\":"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(IngressFixture.json(response.body()).get("messageArray").get(0).get("message").stringValue())
                .startsWith("MSG1001 - Schema Failure: $: Expected a JSON array");
    }

    @Test
    void rejects_a_key_sent_twice_in_one_object_with_MSG1001() {
        // the same message with "senderUniqueReference" twice in S1, the second differing from the first
        If021Message message = valid();
        String twice = message.toBatchJson().replaceFirst("\"senderUniqueReference\":",
                "\"senderUniqueReference\":\"ANOTHER-REF\",\"senderUniqueReference\":");

        HttpResponse<String> response = IngressFixture.send(dataService.requests().post("IF-021", twice));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(IngressFixture.json(response.body()).get("messageArray").get(0).get("message").stringValue())
                .startsWith("MSG1001 - Schema Failure: $: Expected a JSON array of messages but the body is not "
                        + "valid JSON").contains("senderUniqueReference");
        assertNothingPublished(message);
    }

    @Test
    void rejects_an_empty_body_with_400_and_MSG1001() {
        HttpResponse<String> response = IngressFixture.send(dataService.requests().post("IF-021", ""));
        assertEmptyBodyRejected(response);
    }

    @Test
    void rejects_an_empty_unsigned_body_with_400_not_as_a_signature_failure() {
        HttpResponse<String> response = IngressFixture.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(fixture.baseUrl() + "/dip-channel/IF-021"))
                .header("X-API-Key", dataService.apiKey()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEmptyBodyRejected(response);
    }

    private void assertEmptyBodyRejected(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode entry = IngressFixture.json(response.body()).get("messageArray").get(0);
        assertThat(entry.get("message").stringValue())
                .isEqualTo("MSG1001 - Schema Failure: the request has no body; a JSON array of messages is required");
        assertThat(entry.get("recipientID").stringValue()).isEqualTo(dataService.dipId());
    }

    @Test
    void refuses_a_body_that_is_not_application_json_with_415_before_storing_or_publishing_it() {
        If021Message message = valid();
        java.net.http.HttpRequest signed = dataService.requests().post("IF-021", message.toBatchJson());
        java.net.http.HttpRequest asText = java.net.http.HttpRequest.newBuilder(signed,
                (name, value) -> !name.equalsIgnoreCase("Content-Type")).header("Content-Type", "text/plain").build();
        HttpResponse<String> response = IngressFixture.send(asText);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(IngressFixture.json(response.body()).get("messageArray").get(0).get("message").stringValue())
                .isEqualTo("MSG1001 - Schema Failure: Content-Type text/plain is not supported; "
                        + "send application/json");
        assertThat(jdbc.queryForObject("select count(*) from dip.ingress_archive where position(convert_to(?, 'UTF8') in body) > 0",
                Integer.class, message.senderUniqueReference())).isZero();
        assertNothingPublished(message);
    }

    @Test
    void accepts_application_json_with_a_charset() {
        If021Message message = valid();
        java.net.http.HttpRequest signed = dataService.requests().post("IF-021", message.toBatchJson());
        java.net.http.HttpRequest withCharset = java.net.http.HttpRequest.newBuilder(signed,
                (name, value) -> !name.equalsIgnoreCase("Content-Type"))
                .header("Content-Type", "application/json; charset=UTF-8").build();
        HttpResponse<String> response = IngressFixture.send(withCharset);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void refuses_a_body_over_the_limit_with_413() {
        If021Message message = valid();
        String padding = " ".repeat(1024 * 1024);
        HttpResponse<String> response = IngressFixture.send(dataService.requests().post("IF-021",
                message.toBatchJson() + padding));
        assertRefused(response, 413, null, message);
    }

    @Test
    void counts_accepted_and_rejected_messages_per_interface_and_code() {
        post(valid().periodValue(3, "7"));
        String metrics = IngressFixture.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + managementPort + "/actuator/prometheus")).build()).body();
        assertThat(metrics).containsPattern("dip_ingress_messages_total\\{[^}]*code=\"MSG1001\"[^}]*"
                + "interface=\"IF-021\"[^}]*outcome=\"rejected\"");
        assertThat(metrics).contains("dip_ingress_request_seconds_bucket");
    }

    private If021Message valid() {
        return If021Message.from(dataService.dipId()).mpanCore(MPAN).distributorDipId(distributor);
    }

    private HttpResponse<String> post(If021Message message) {
        return IngressFixture.send(dataService.requests().post("IF-021", message.toBatchJson()));
    }

    private HttpResponse<String> post(If021Message message, Instant signedAt,
                                      UnaryOperator<Map<String, String>> tamper) {
        return IngressFixture.send(dataService.requests().post("IF-021",
                message.toBatchJson().getBytes(StandardCharsets.UTF_8), signedAt, tamper));
    }

    private void assertRejected(HttpResponse<String> response, String code, String path, If021Message message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode entries = IngressFixture.json(response.body()).get("messageArray");
        assertThat(entries.values()).anySatisfy(entry -> {
            assertThat(entry.get("transactionID").isNull()).isTrue();
            assertThat(entry.get("message").stringValue()).startsWith(code + " - ").contains(path);
        });
        assertNothingPublished(message);
    }

    private void assertRefused(HttpResponse<String> response, int status, String code, If021Message message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (code != null) {
            assertThat(IngressFixture.json(response.body()).get("messageArray").get(0).get("message").stringValue())
                    .startsWith(code + " - ");
        }
        assertNothingPublished(message);
    }

    private void assertNothingPublished(If021Message message) {
        assertThat(jdbc.queryForObject("select count(*) from dip.accepted_message where sender_unique_reference = ?",
                Integer.class, message.senderUniqueReference())).isZero();
        fenceThenAssertPublishedOnce(null);
        assertThat(pub021.mentioning(message.senderUniqueReference())).isEmpty();
    }

    /** Sends a valid message for the same MPAN, waits for it on the topic, then checks {@code reference}. */
    private void fenceThenAssertPublishedOnce(String reference) {
        If021Message fence = valid();
        HttpResponse<String> response = post(fence);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        pub021.awaitMentioning(fence.senderUniqueReference(), WAIT);
        if (reference != null) {
            assertThat(pub021.mentioning(reference)).hasSize(1);
        }
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::stringValue).toList();
    }
}
