package uk.mhhs.dipclient.process;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.DipMessage;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.RealServers;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sending through the kit as the test service (DIP ID 9900000005, role MDS). The message is an IF-047 (no M0, a
 * CustomBlock of P01 only), checked inside the sending transaction, which then rolls back so that the relay never
 * takes the row.
 */
@SpringBootTest
@RealServers(database = "dip_client_it")
class OutboundTest {

    @Autowired
    Outbound outbound;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DipTopics topics;

    @Test
    void a_valid_message_goes_to_the_outbox_and_is_logged_SENT_to_its_recipients_without_repeats() {
        String version = unique();
        Sent sent = sendAndRollBack(null, p01(version), "1400000001", null, "2300000004", "1400000001");

        JsonNode s1 = sent.payload().path("CommonBlock").path("S1");
        assertThat(s1.path("senderRoleID").asString()).isEqualTo("MDS");
        assertThat(s1.path("senderUniqueReference").asString()).startsWith("S-IF-047-9900000005-MDS-");
        assertThat(sent.payload().path("CommonBlock").path("A0").path("primaryRecipients").valueStream()
                .map(JsonNode::asString).toList()).containsExactly("1400000001", "2300000004");
        assertThat(sent.payload().path("CustomBlock").path("P01").path("publicationVersionID").asString())
                .isEqualTo(version);
        assertThat(sent.outboxTopic()).isEqualTo(topics.submissions());
        assertThat(sent.log()).containsEntry("direction", "OUT").containsEntry("status", "SENT")
                .containsEntry("interface_id", "IF-047").containsEntry("event_code", "[ISD]")
                .containsEntry("reference", s1.path("senderUniqueReference").asString())
                .containsEntry("counterparties", "{1400000001,2300000004}").containsEntry("codes", "{}");
        assertThat(sent.log().get("mpan_core")).as("IF-047 has no M0").isNull();
    }

    @Test
    void in_another_role_S1_and_the_unique_reference_carry_that_role() {
        Sent sent = sendAndRollBack("isd", p01(unique()), "1400000001");

        JsonNode s1 = sent.payload().path("CommonBlock").path("S1");
        assertThat(s1.path("senderRoleID").asString()).isEqualTo("ISD");
        assertThat(s1.path("senderDIPID").asString()).isEqualTo("9900000005");
        assertThat(s1.path("senderUniqueReference").asString()).startsWith("S-IF-047-9900000005-ISD-");
        assertThat(sent.log()).containsEntry("reference", s1.path("senderUniqueReference").asString());
    }

    @Test
    void a_message_that_breaks_the_spec_throws_and_writes_nothing() {
        String version = unique();
        ObjectNode custom = p01(version);
        ((ObjectNode) custom.path("P01")).remove("publicationDate");
        long logged = count("select count(*) from process_message");

        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                outbound.send("IF-047", "[ISD]", List.of("1400000001"), null, null, custom)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("IF-047 [ISD] does not validate against the spec")
                .hasMessageContaining("publicationDate");

        assertThat(count("select count(*) from process_message")).isEqualTo(logged);
        assertThat(count("select count(*) from dip_outbox where convert_from(payload, 'UTF8') like '%" + version
                + "%'")).isZero();
    }

    @Test
    void a_message_without_a_recipient_is_not_sent() {
        assertThatThrownBy(() -> outbound.send("IF-047", "[ISD]", Arrays.asList(null, null), null, null,
                p01(unique()))).isInstanceOf(IllegalStateException.class).hasMessageContaining("no recipient");
    }

    private Sent sendAndRollBack(String role, ObjectNode custom, String... recipients) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            DipMessage message = outbound.send(role, "IF-047", "[ISD]", Arrays.asList(recipients), null, null,
                    custom);
            String reference = message.payload().commonBlock().s1().senderUniqueReference();
            Map<String, Object> outbox = jdbc.queryForMap("select topic, convert_from(payload, 'UTF8') as payload"
                    + " from dip_outbox where convert_from(payload, 'UTF8') like ?", "%" + reference + "%");
            Map<String, Object> log = jdbc.queryForMap("""
                    select direction, status, interface_id, event_code, mpan_core, reference,
                           counterparties::text as counterparties, codes::text as codes
                      from process_message where reference = ?""", reference);
            JsonNode payload = JsonMapper.shared().readTree((String) outbox.get("payload")).path("payload");
            return new Sent(payload, (String) outbox.get("topic"), log);
        });
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String unique() {
        return Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    }

    /** An IF-047 CustomBlock announcing version {@code version}. */
    private static ObjectNode p01(String version) {
        ObjectNode custom = JsonMapper.shared().createObjectNode();
        ObjectNode p01 = custom.putObject("P01");
        p01.put("publicationDescription", "Industry Standing Data: test version " + version);
        p01.put("publicationVersionID", version);
        p01.put("publicationDate", "2026-12-01T00:00:00+00:00");
        return custom;
    }

    private record Sent(JsonNode payload, String outboxTopic, Map<String, Object> log) {
    }
}
