package uk.mhhs.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RealServersTest {

    @Test
    void databases_of_different_names_do_not_share_tables() throws Exception {
        String a = TestPostgres.instance().jdbcUrl("iso_a");
        String b = TestPostgres.instance().jdbcUrl("iso_b");
        try (var ca = DriverManager.getConnection(a, TestPostgres.USER, TestPostgres.PASSWORD);
             var cb = DriverManager.getConnection(b, TestPostgres.USER, TestPostgres.PASSWORD)) {
            ca.createStatement().execute("create table only_in_a (x int)");
            var rs = cb.createStatement().executeQuery(
                    "select count(*) from information_schema.tables where table_name = 'only_in_a'");
            rs.next();
            assertThat(rs.getInt(1)).isZero();
            var version = ca.createStatement().executeQuery("show server_version");
            version.next();
            assertThat(version.getString(1)).startsWith("17.");
        }
    }

    @Test
    void a_record_sent_to_the_broker_is_read_back() {
        String servers = TestKafka.instance().bootstrapServers();
        TestKafka.instance().createTopics("ts.roundtrip");
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", servers, "acks", "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("ts.roundtrip", "2000056535971", "hello")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", servers,
                ConsumerConfig.GROUP_ID_CONFIG, "ts", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("ts.roundtrip"));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.key() + "=" + r.value()));
            }
            assertThat(values).containsExactly("2000056535971=hello");
        }
    }

    @Test
    void test_certificates_are_self_signed_rsa() throws Exception {
        var credential = TestCertificates.selfSigned("1400000001");
        credential.certificate().verify(credential.certificate().getPublicKey());
        assertThat(credential.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n").doesNotContain("\r");
    }
}
