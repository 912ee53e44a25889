package uk.mhhs.gateway.webhooks;

import java.net.URI;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registered webhooks ({@code dip.webhook}). */
@Repository
public class Webhooks {

    private final JdbcClient jdbc;

    Webhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers or replaces the webhook of its channel and recipient. */
    public void save(Webhook webhook) {
        jdbc.sql("""
                insert into dip.webhook (channel, recipient_id, callback_url, max_message_count, max_payload_size,
                                         registered_at)
                values (:channel, :recipient, :url, :count, :size, :at)
                on conflict (channel, recipient_id) do update
                   set callback_url = excluded.callback_url, max_message_count = excluded.max_message_count,
                       max_payload_size = excluded.max_payload_size, registered_at = excluded.registered_at
                """)
                .param("channel", webhook.channel())
                .param("recipient", webhook.recipientId())
                .param("url", webhook.callbackUrl().toString())
                .param("count", webhook.maxMessageCount())
                .param("size", webhook.maxPayloadSize())
                .param("at", Timestamp.from(webhook.registeredAt()))
                .update();
    }

    /** @return whether there was one to delete */
    public boolean delete(String channel, String recipientId) {
        return jdbc.sql("delete from dip.webhook where channel = :channel and recipient_id = :recipient")
                .param("channel", channel).param("recipient", recipientId).update() > 0;
    }

    public Optional<Webhook> find(String channel, String recipientId) {
        return jdbc.sql("""
                select channel, recipient_id, callback_url, max_message_count, max_payload_size, registered_at
                  from dip.webhook where channel = :channel and recipient_id = :recipient
                """)
                .param("channel", channel).param("recipient", recipientId)
                .query((rs, n) -> new Webhook(rs.getString(1), rs.getString(2), URI.create(rs.getString(3)),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    public boolean exists(String channel, String recipientId) {
        return jdbc.sql("select exists (select 1 from dip.webhook where channel = :channel and recipient_id = :r)")
                .param("channel", channel).param("r", recipientId).query(Boolean.class).single();
    }
}
