package uk.mhhs.gateway.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads what the gateway recorded about deliveries, for assertions. */
public final class DeliveryRows {

    /** A row of {@code dip.delivery}. */
    public record Row(long id, String kind, String state, int attempts, Instant createdAt) {
    }

    /** A row of {@code dip.delivery_attempt}. */
    public record Attempt(int attemptNo, Integer statusCode, String outcome, Instant startedAt, long durationMs,
            String error) {
    }

    private final JdbcTemplate jdbc;

    public DeliveryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The deliveries of a PUB to a recipient, oldest first. */
    public List<Row> of(String transactionId, String recipientId) {
        return jdbc.query("select id, kind, state, attempts, created_at from dip.delivery "
                        + "where transaction_id = ? and recipient_id = ? order by id",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()), transactionId, recipientId);
    }

    /** The PUB delivery of a transaction to a recipient, if recorded. */
    public Optional<Row> pub(String transactionId, String recipientId) {
        return of(transactionId, recipientId).stream().filter(r -> r.kind().equals("PUB")).findFirst();
    }

    /** The status deliveries to a recipient, oldest first. */
    public List<Row> status(String recipientId) {
        return jdbc.query("select id, kind, state, attempts, created_at from dip.delivery "
                        + "where kind = 'STATUS' and recipient_id = ? order by id",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()), recipientId);
    }

    public List<Attempt> attempts(long deliveryId) {
        return jdbc.query("select attempt_no, status_code, outcome, started_at, duration_ms, error "
                        + "from dip.delivery_attempt where delivery_id = ? order by attempt_no",
                (rs, n) -> new Attempt(rs.getInt(1), (Integer) rs.getObject(2, Integer.class), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getLong(5), rs.getString(6)), deliveryId);
    }
}
