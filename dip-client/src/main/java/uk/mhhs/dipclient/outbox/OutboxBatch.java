package uk.mhhs.dipclient.outbox;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One round of the relay, in one database transaction: claim the free lanes ({@code FOR UPDATE SKIP
 * LOCKED}), read their oldest rows in id order, send them, wait for the broker, delete the acknowledged
 * rows, commit. The lane locks keep other relay instances off these keys until the commit, so one key's
 * rows are never in flight in two instances at once.
 */
final class OutboxBatch {

    /** Lanes made by migration V1; a key's lane is {@code hashtext(key) & 15}. */
    static final int LANES = 16;

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private final String anyRowSql;
    private final String claimLanesSql;
    private final String selectAllSql;
    private final String selectLanesSql;
    private final String deleteSql;

    /** What one round did. */
    record Result(int claimed, int published, int failed) {
        static final Result NOTHING = new Result(0, 0, 0);
    }

    OutboxBatch(DataSource dataSource, DipClientSchema schema, int batchSize) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.batchSize = batchSize;
        String outbox = schema.table("dip_outbox");
        String columns = "select id, topic, message_key, payload, headers::text from " + outbox;
        this.anyRowSql = "select exists (select 1 from " + outbox + ")";
        this.claimLanesSql = "select lane from " + schema.table("dip_outbox_lane")
                + " order by lane for update skip locked";
        this.selectAllSql = columns + " order by id limit ?";
        this.selectLanesSql = columns + " where lane = any(?) order by id limit ?";
        this.deleteSql = "delete from " + outbox + " where id = any(?)";
    }

    Result publish(Producer<String, byte[]> producer) {
        return transaction.execute(status -> {
            List<Row> rows = claimRows();
            if (rows.isEmpty()) {
                return Result.NOTHING;
            }
            List<Future<RecordMetadata>> sent = new ArrayList<>(rows.size());
            for (Row row : rows) {
                sent.add(send(producer, row));
            }
            producer.flush();
            List<Long> acknowledged = acknowledgedInKeyOrder(rows, sent);
            delete(acknowledged);
            return new Result(rows.size(), acknowledged.size(), rows.size() - acknowledged.size());
        });
    }

    private List<Row> claimRows() {
        // An idle relay only reads; it takes lane locks when there is something to publish.
        if (!Boolean.TRUE.equals(jdbc.queryForObject(anyRowSql, Boolean.class))) {
            return List.of();
        }
        List<Short> lanes = jdbc.queryForList(claimLanesSql, Short.class);
        if (lanes.isEmpty()) {
            return List.of();
        }
        if (lanes.size() == LANES) {
            return jdbc.query(selectAllSql, OutboxBatch::row, batchSize);
        }
        return jdbc.query(selectLanesSql, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("int2", lanes.toArray()));
            statement.setInt(2, batchSize);
        }, OutboxBatch::row);
    }

    private static Future<RecordMetadata> send(Producer<String, byte[]> producer, Row row) {
        try {
            return producer.send(row.toProducerRecord());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * The rows the broker acknowledged, except those of a key that had an earlier failure in this batch:
     * they stay and go again after the failed one, so a key's first deliveries stay in order.
     */
    private static List<Long> acknowledgedInKeyOrder(List<Row> rows, List<Future<RecordMetadata>> sent) {
        List<Long> acknowledged = new ArrayList<>(rows.size());
        Set<String> failedKeys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            boolean ok = succeeded(sent.get(i));
            if (!ok && row.key() != null) {
                failedKeys.add(row.key());
            }
            if (ok && (row.key() == null || !failedKeys.contains(row.key()))) {
                acknowledged.add(row.id());
            }
        }
        return acknowledged;
    }

    private static boolean succeeded(Future<RecordMetadata> future) {
        try {
            future.get(); // complete: the producer was flushed
            return true;
        } catch (ExecutionException e) {
            OutboxRelay.log.warn("outbox record not acknowledged by the broker: {}", e.getCause().toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update(deleteSql, statement ->
                statement.setArray(1, statement.getConnection().createArrayOf("int8", ids.toArray())));
    }

    private static Row row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getString(5));
    }

    private record Row(long id, String topic, String key, byte[] value, String headersJson) {

        ProducerRecord<String, byte[]> toProducerRecord() {
            List<Header> headers = new ArrayList<>();
            if (headersJson != null && !headersJson.equals("{}")) {
                JsonMapper.shared().readValue(headersJson, HEADERS).forEach((name, value) ->
                        headers.add(new RecordHeader(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8))));
            }
            return new ProducerRecord<>(topic, null, key, value, headers);
        }
    }
}
