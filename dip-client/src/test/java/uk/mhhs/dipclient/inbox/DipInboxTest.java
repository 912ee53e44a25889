package uk.mhhs.dipclient.inbox;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.outbox.OutboxRecord;
import uk.mhhs.dipclient.outbox.OutboxWriter;
import uk.mhhs.dipclient.schema.DipClientSchema;
import uk.mhhs.testsupport.RealServers;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RealServers(database = "dip_client_it")
class DipInboxTest {

    @Autowired
    DipInbox inbox;
    @Autowired
    OutboxWriter outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    DipClientSchema schema;
    @Autowired
    DipTopics topics;

    @Test
    void runs_the_work_of_a_transaction_once_per_consumer() {
        String transactionId = "T-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();

        assertThat(inbox.processOnce("inbox-test-a", transactionId, runs::incrementAndGet)).isTrue();
        assertThat(inbox.processOnce("inbox-test-a", transactionId, runs::incrementAndGet)).isFalse();
        assertThat(inbox.processOnce("inbox-test-b", transactionId, runs::incrementAndGet)).isTrue();

        assertThat(runs).hasValue(2);
    }

    @Test
    void failed_work_leaves_no_inbox_row_and_no_outbox_row_so_a_redelivery_runs_it_again() {
        String transactionId = "T-" + UUID.randomUUID();
        String topic = topics.prefix() + "test.inbox-forward";

        assertThatThrownBy(() -> inbox.processOnce("inbox-test-forward", transactionId, () -> {
            outbox.enqueue(new OutboxRecord(topic, transactionId, "forwarded".getBytes(StandardCharsets.UTF_8)));
            throw new IllegalStateException("downstream rule failed");
        })).hasMessage("downstream rule failed");
        assertThat(inboxRows("inbox-test-forward", transactionId)).isZero();
        assertThat(outboxRowsKeyed(transactionId)).isZero();

        assertThat(inbox.processOnce("inbox-test-forward", transactionId, () -> outbox.enqueue(
                new OutboxRecord(topic, transactionId, "forwarded".getBytes(StandardCharsets.UTF_8))))).isTrue();
        assertThat(inboxRows("inbox-test-forward", transactionId)).isEqualTo(1);
    }

    @Test
    void clean_up_deletes_rows_older_than_the_retention_in_chunks() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        String consumer = "inbox-test-cleanup";
        // 40 and 31 days old: beyond the 30-day retention; 29 days old: kept
        for (int days : new int[] {40, 31, 29}) {
            jdbc.update("insert into svc.dip_inbox (consumer, transaction_id, processed_at) values (?, ?, ?)",
                    consumer, "T-" + days, java.sql.Timestamp.from(now.minus(Duration.ofDays(days))));
        }
        var cleanup = new InboxCleanup(dataSource, schema,
                new InboxProperties(Duration.ofDays(30), Duration.ofHours(1), 1, false), Clock.fixed(now, ZoneOffset.UTC));

        // chunks of one row: delete 1, delete 1, delete 0
        assertThat(cleanup.deleteExpired()).isEqualTo(2);
        assertThat(jdbc.queryForList("select transaction_id from svc.dip_inbox where consumer = ?", String.class, consumer))
                .containsExactly("T-29");
    }

    private int inboxRows(String consumer, String transactionId) {
        return jdbc.queryForObject("select count(*) from svc.dip_inbox where consumer = ? and transaction_id = ?",
                Integer.class, consumer, transactionId);
    }

    private int outboxRowsKeyed(String key) {
        return jdbc.queryForObject("select count(*) from svc.dip_outbox where message_key = ?", Integer.class, key);
    }
}
