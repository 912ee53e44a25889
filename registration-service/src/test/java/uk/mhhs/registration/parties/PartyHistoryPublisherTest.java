package uk.mhhs.registration.parties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.registration.PartyHistory;
import uk.mhhs.registration.migration.ImportingMigration;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.TestKafka;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The party history publisher on the real PostgreSQL and broker. MPAN 1900000000011 is given by hand: supplier
 * ALPH (1400000001) from 2024-04-01, BRVO (1400000002) from 2025-06-01; MS MTRA (1200000001) from 2024-04-01,
 * de-appointed from 2025-03-01; DS METD (1100000001) from 2024-04-01. Its expected JSON below is written from those
 * rows, in date order per party.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(database = "registration")
class PartyHistoryPublisherTest {

    static final String MPAN = "1900000000011";
    static final String EXPECTED = """
            {"mpanCore": "1900000000011",
             "suppliers": [{"effectiveFrom": "2024-04-01", "dipId": "1400000001", "mpid": "ALPH"},
                           {"effectiveFrom": "2025-06-01", "dipId": "1400000002", "mpid": "BRVO"}],
             "meteringServices": [{"effectiveFrom": "2024-04-01", "dipId": "1200000001", "mpid": "MTRA"},
                                  {"effectiveFrom": "2025-03-01", "dipId": null, "mpid": null}],
             "dataServices": [{"effectiveFrom": "2024-04-01", "dipId": "1100000001", "mpid": "METD"}]}""";

    @Autowired PartyHistoryPublisher publisher;
    @Autowired ImportingMigration migration;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired DipTopics topics;

    private TopicReader topic;

    /** Opened once the context has declared the compacted topic (a reader asking first would create it plain). */
    @BeforeEach
    void openReader() {
        topic = TopicReader.fromBeginning(topics.registrationParties());
    }

    @AfterEach
    void closeReader() {
        topic.close();
    }

    @Test
    void publishes_the_whole_party_history_in_the_callers_transaction_and_it_reaches_the_compacted_topic() {
        String value = transaction.execute(status -> {
            long key = Long.parseLong(MPAN);
            jdbc.update("insert into mpan (mpan_core, distributor_id, created_from) values (?, 19, date '2024-03-01')",
                    key);
            jdbc.update("insert into supplier_registration values (?, date '2025-06-01', '1400000002', 'BRVO'),"
                    + " (?, date '2024-04-01', '1400000001', 'ALPH')", key, key);
            jdbc.update("insert into appointment (mpan_core, service, effective_from, dip_id, mpid, scenario) values"
                    + " (?, 'MS', date '2024-04-01', '1200000001', 'MTRA', 'MCA'),"
                    + " (?, 'MS', date '2025-03-01', null, null, null),"
                    + " (?, 'DS', date '2024-04-01', '1100000001', 'METD', 'MCA')", key, key, key);

            publisher.publish(MPAN);

            // before the commit the relay cannot see the row: exactly one, with exactly this value
            List<String> rows = jdbc.queryForList("select convert_from(payload, 'UTF8') from dip_outbox"
                    + " where topic = ? and message_key = ?", String.class, topics.registrationParties(), MPAN);
            assertThat(rows).hasSize(1);
            return rows.get(0);
        });
        assertThat(json(value)).isEqualTo(json(EXPECTED));

        ConsumerRecord<String, byte[]> record = awaitRecord(MPAN);
        assertThat(json(record.value())).isEqualTo(json(EXPECTED));
        assertThat(PartyHistory.parse(record.value()).asAt(java.time.LocalDate.parse("2025-03-01")))
                .isEqualTo(new PartyHistory.PartiesOnDate(new PartyHistory.Party("1400000001", "ALPH"), null,
                        new PartyHistory.Party("1100000001", "METD")));
    }

    @Test
    void declares_the_topic_compacted() throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topics.registrationParties());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.instance().bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                    admin.describeConfigs(List.of(resource)).all().get().get(resource).get("cleanup.policy").value(),
                    "compact"::equals);
        }
    }

    @Test
    void nothing_is_published_when_the_change_rolls_back() {
        String mpan = "1900000000020";
        transaction.executeWithoutResult(status -> {
            jdbc.update("insert into mpan (mpan_core, distributor_id, created_from) values (?, 19, date '2024-03-01')",
                    Long.parseLong(mpan));
            publisher.publish(mpan);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from dip_outbox where message_key = ?", Long.class, mpan))
                .isZero();
    }

    @Test
    void the_migration_import_publishes_the_history_of_every_MPAN_it_registers() throws Exception {
        String first = mpan("190000070100");
        String second = mpan("190000070101");
        String file = "mpan_core,effective_from,gsp_group_id,connection_type,energy_direction,metered,"
                + "energisation_status,market_segment,domestic_premise,supplier_dip_id,supplier_mpid,"
                + "supplier_effective_from,ds_dip_id,ds_mpid,ds_effective_from,ds_scenario\n"
                + first + ",2024-03-01,_J,W,I,T,E,S,T,1400000001,ALPH,2024-04-01,1100000001,METD,2024-04-02,MCA\n"
                + second + ",2024-03-01,_J,W,I,T,E,S,T,1400000002,BRVO,2024-05-01,,,,\n";

        var report = migration.importFile("parties.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.loaded()).as(report.toString()).isEqualTo(2);
        assertThat(json(awaitRecord(first).value())).isEqualTo(json("""
                {"mpanCore": "%s",
                 "suppliers": [{"effectiveFrom": "2024-04-01", "dipId": "1400000001", "mpid": "ALPH"}],
                 "meteringServices": [],
                 "dataServices": [{"effectiveFrom": "2024-04-02", "dipId": "1100000001", "mpid": "METD"}]}"""
                .formatted(first)));
        assertThat(json(awaitRecord(second).value())).isEqualTo(json("""
                {"mpanCore": "%s",
                 "suppliers": [{"effectiveFrom": "2024-05-01", "dipId": "1400000002", "mpid": "BRVO"}],
                 "meteringServices": [], "dataServices": []}""".formatted(second)));
        // the import's JSON (from its staging rows) is the JSON publish() builds from the register
        assertThat(json(awaitRecord(first).value())).isEqualTo(json(publishedNowButRolledBack(first)));
    }

    private String publishedNowButRolledBack(String mpan) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            publisher.publish(mpan);
            return jdbc.queryForObject("select convert_from(payload, 'UTF8') from dip_outbox where message_key = ?"
                    + " order by id desc limit 1", String.class, mpan);
        });
    }

    private static String mpan(String first12) {
        return first12 + MpanCore.checkDigitFor(first12);
    }

    /** The last record of {@code key} read, once there is one. */
    private ConsumerRecord<String, byte[]> awaitRecord(String key) {
        List<ConsumerRecord<String, byte[]>> records = topic.awaitAll(r -> key.equals(r.key()), 1,
                Duration.ofSeconds(30));
        return records.get(records.size() - 1);
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    private static JsonNode json(byte[] bytes) {
        return JsonMapper.shared().readTree(bytes);
    }
}
