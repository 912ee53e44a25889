package uk.mhhs.dipclient.registration;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mhhs.dipclient.DipTopicProperties;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.registration.PartyHistory.PartiesOnDate;
import uk.mhhs.dipclient.registration.PartyHistory.Party;
import uk.mhhs.dipclient.registration.PartyHistory.Row;
import uk.mhhs.testsupport.TestKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cache on the real broker: a compacted {@code registration.parties} topic with two MPANs, one of them
 * published twice (a change of supplier), one removed by a tombstone, one unreadable record. A cache started
 * afterwards (a restarted service) reads the topic from the beginning and ends with the latest history per MPAN.
 */
class RegistrationPartiesCacheTest {

    static final LocalDate DAY = LocalDate.parse("2025-06-15");
    static final Party ALPH = new Party("1400000001", "ALPH");
    static final Party BRVO = new Party("1400000002", "BRVO");
    static final Party METD = new Party("1100000001", "METD");

    private final DipTopics topics = new DipTopics("cache-" + UUID.randomUUID() + ".");
    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void createCompactedTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.instance().bootstrapServers()))) {
            admin.createTopics(List.of(new DipTopicProperties(3, 0).declareCompacted(topics.registrationParties())))
                    .all().get();
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.instance().bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void a_cache_started_after_the_records_reads_the_latest_history_of_each_MPAN() throws Exception {
        send("1200000000094", history("1200000000094", row("2024-04-01", ALPH)));
        send("1200000000094", history("1200000000094", row("2024-04-01", ALPH), row("2025-06-01", BRVO)));
        send("1200000000107", history("1200000000107", row("2024-04-01", ALPH)));
        send("1200000000107", null);
        send("1200000000110", "not json".getBytes(StandardCharsets.UTF_8));

        try (RegistrationPartiesCache cache = newCache()) {
            assertThat(cache.rebuild()).isEqualTo(1);

            assertThat(cache.partiesOn("1200000000094", DAY)).isEqualTo(new PartiesOnDate(BRVO, null, METD));
            assertThat(cache.partiesOn("1200000000094", LocalDate.parse("2025-05-31")))
                    .isEqualTo(new PartiesOnDate(ALPH, null, METD));
            assertThat(cache.partiesOn("1200000000107", DAY)).isEqualTo(PartiesOnDate.NONE);
            assertThat(cache.skipped()).isEqualTo(1);
        }
    }

    @Test
    void follows_what_is_published_after_the_rebuild() throws Exception {
        try (RegistrationPartiesCache cache = newCache()) {
            assertThat(cache.rebuild()).isZero();

            send("1200000000094", history("1200000000094", row("2024-04-01", ALPH)));
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                cache.follow(Duration.ofMillis(100));
                return cache.size() == 1;
            });
            assertThat(cache.partiesOn("1200000000094", DAY)).isEqualTo(new PartiesOnDate(ALPH, null, METD));

            send("1200000000094", null);
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                cache.follow(Duration.ofMillis(100));
                return cache.size() == 0;
            });
        }
    }

    @Test
    void a_topic_that_does_not_exist_yet_is_an_empty_register_until_it_appears() throws Exception {
        DipTopics absent = new DipTopics("absent-" + UUID.randomUUID() + ".");
        try (RegistrationPartiesCache cache = new RegistrationPartiesCache(Map.of("bootstrap.servers",
                TestKafka.instance().bootstrapServers()), absent)) {
            assertThat(cache.rebuild()).isZero();
            assertThat(cache.follow(Duration.ofMillis(100))).isZero();
            assertThat(cache.following()).isFalse();
            assertThat(cache.partiesOn("1200000000094", DAY)).isEqualTo(PartiesOnDate.NONE);
        }
    }

    private RegistrationPartiesCache newCache() {
        return new RegistrationPartiesCache(Map.of("bootstrap.servers", TestKafka.instance().bootstrapServers()),
                topics);
    }

    private static byte[] history(String mpan, Row... suppliers) {
        return new PartyHistory(mpan, List.of(suppliers), List.of(new Row(LocalDate.parse("2024-04-01"), null, null)),
                List.of(row("2024-04-01", METD))).toJson();
    }

    private static Row row(String from, Party party) {
        return new Row(LocalDate.parse(from), party.dipId(), party.mpid());
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topics.registrationParties(), key, value)).get();
    }
}
