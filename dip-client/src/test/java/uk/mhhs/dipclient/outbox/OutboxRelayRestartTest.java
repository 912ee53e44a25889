package uk.mhhs.dipclient.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.mhhs.dipclient.outbox.OutboxRelayTest.bytes;
import static uk.mhhs.dipclient.outbox.OutboxRelayTest.text;

/**
 * The process "dies" between commit and publish: the relay is not running (relay-enabled=false), as if the
 * service had stopped right after its commit. Starting a relay later publishes the row exactly once.
 */
@SpringBootTest(properties = "mhhs.dip.outbox.relay-enabled=false")
@RealServers(database = "dip_client_restart")
class OutboxRelayRestartTest {

    @Autowired
    OutboxWriter writer;
    @Autowired
    OutboxRelay relay;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DipTopics topics;
    @Autowired
    MeterRegistry meters;

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void a_row_committed_while_no_relay_runs_stays_and_is_published_once_when_a_relay_starts() {
        String topic = topics.prefix() + "test.restart";
        try (TopicReader reader = TopicReader.fromBeginning(topic)) {
            transaction.executeWithoutResult(status ->
                    writer.enqueue(new OutboxRecord(topic, "2000056535971", bytes("before the crash"))));

            assertThat(relay.isRunning()).isFalse();
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).pollInSameThread()
                    .until(() -> reader.poll().isEmpty());
            assertThat(rowsFor(topic)).isEqualTo(1);
            await().atMost(Duration.ofSeconds(5)).until(() -> backlogGauge() == 1.0);
            double published = meters.get("dip.outbox.published").counter().count();

            relay.start();
            assertThat(reader.awaitRecords(1)).extracting(r -> text(r.value())).containsExactly("before the crash");
            await().atMost(Duration.ofSeconds(10)).until(() -> rowsFor(topic) == 0);
            await().atMost(Duration.ofSeconds(5)).until(() -> backlogGauge() == 0.0);
            assertThat(meters.get("dip.outbox.published").counter().count()).isEqualTo(published + 1);

            // A second restart does not publish it again: the marker sent after it is the only new record.
            relay.stop();
            relay.start();
            writer.enqueue(new OutboxRecord(topic, "2000056535971", bytes("after the restart")));
            List<ConsumerRecord<String, byte[]>> records = reader.awaitRecords(2);
            assertThat(records).extracting(r -> text(r.value()))
                    .containsExactly("before the crash", "after the restart");
        }
    }

    private double backlogGauge() {
        return meters.get("dip.outbox.backlog").gauge().value();
    }

    private int rowsFor(String topic) {
        return jdbc.queryForObject("select count(*) from svc.dip_outbox where topic = ?", Integer.class, topic);
    }
}
