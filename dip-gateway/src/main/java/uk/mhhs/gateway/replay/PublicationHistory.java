package uk.mhhs.gateway.replay;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The PUBs the gateway published to a recipient on a channel (its {@code PUB} deliveries, whatever their
 * state), oldest first: what replay returns and requeue pushes again.
 */
@Repository
public class PublicationHistory {

    private final JdbcClient jdbc;

    PublicationHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A matching PUB: its transaction ID and stored payload. */
    public record Entry(String transactionId, String payloadJson) {
    }

    /**
     * @param limit most entries to return
     * @return the recipient's PUBs on the channel that pass the filter, by transaction timestamp
     */
    public List<Entry> find(String recipientId, String channel, PublicationFilter filter, int limit) {
        return query("p.transaction_id, p.payload", recipientId, channel, filter, limit)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2)))
                .list();
    }

    /**
     * @param limit most IDs to return
     * @return the transaction IDs of what {@link #find} would return
     */
    public List<String> findTransactionIds(String recipientId, String channel, PublicationFilter filter, int limit) {
        return query("p.transaction_id", recipientId, channel, filter, limit).query(String.class).list();
    }

    private JdbcClient.StatementSpec query(String columns, String recipientId, String channel,
            PublicationFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("select " + columns + """

                  from dip.delivery d
                  join dip.publication p on p.transaction_id = d.transaction_id
                 where d.kind = 'PUB' and d.recipient_id = :recipient and d.channel = :channel
                """);
        Map<String, Object> params = new HashMap<>(Map.of("recipient", recipientId, "channel", channel,
                "limit", limit));
        condition(sql, params, "p.transaction_timestamp >= :from", "from",
                filter.from() == null ? null : Timestamp.from(filter.from()));
        condition(sql, params, "p.transaction_timestamp <= :to", "to",
                filter.to() == null ? null : Timestamp.from(filter.to()));
        condition(sql, params, "p.event_code = :event", "event", filter.eventCode());
        condition(sql, params, "p.mpan_core = :mpan", "mpan", filter.mpan());
        condition(sql, params, "p.schema_version = :version", "version", filter.schemaVersion());
        condition(sql, params, "p.transaction_id in (:ids)", "ids",
                filter.transactionIds().isEmpty() ? null : filter.transactionIds());
        sql.append(" order by p.transaction_timestamp, p.transaction_id limit :limit");
        return jdbc.sql(sql.toString()).params(params);
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String condition, String name,
            Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
    }
}
