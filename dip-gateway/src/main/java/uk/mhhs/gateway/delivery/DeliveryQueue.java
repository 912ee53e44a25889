package uk.mhhs.gateway.delivery;

import uk.mhhs.gateway.webhooks.Webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery queue ({@code dip.delivery}, {@code dip.delivery_attempt}). Each recipient has one FIFO
 * queue per channel; only a queue's oldest pending delivery is ever claimed, so a delivery waiting for
 * a retry holds back the ones behind it. Claims are leases, safe with several gateway instances.
 */
@Repository
public class DeliveryQueue {

    private final JdbcClient jdbc;

    DeliveryQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a delivery of a PUB, of kind PUB or REQUEUE. A second PUB-kind delivery of the same transaction to
     * the same recipient is ignored (a PUB read again from Kafka); a REQUEUE one is always added.
     *
     * @param state PENDING, or NO_WEBHOOK to keep the PUB for replay only
     * @return whether it was added
     */
    public boolean enqueuePublication(Delivery.Kind kind, String recipientId, String channel, String transactionId,
            Delivery.State state, Instant now) {
        return jdbc.sql("""
                insert into dip.delivery (kind, recipient_id, channel, transaction_id, state, next_attempt_at,
                                          created_at, finished_at)
                values (:kind, :recipient, :channel, :tx, :state, :now, :now, :finished)
                on conflict (transaction_id, recipient_id) where kind = 'PUB' do nothing
                """)
                .param("kind", kind.name()).param("recipient", recipientId).param("channel", channel)
                .param("tx", transactionId).param("state", state.name()).param("now", Timestamp.from(now))
                .param("finished", state == Delivery.State.PENDING ? null : Timestamp.from(now),
                        Types.TIMESTAMP)
                .update() > 0;
    }

    /**
     * Adds the PUB-kind deliveries of several PUBs, each to every one of its recipients, in one statement: pending
     * if the recipient has a webhook on the PUB's channel, else {@code NO_WEBHOOK}. As {@link #enqueuePublication}
     * for each in turn: one already there (the PUB read again from Kafka) is left as it is.
     *
     * @param publications in order; each one's recipients without duplicates
     * @return how many pending deliveries were added
     */
    public int enqueuePublications(List<Publication> publications, Instant now) {
        List<String> recipients = new ArrayList<>();
        List<String> channels = new ArrayList<>();
        List<String> transactions = new ArrayList<>();
        for (Publication publication : publications) {
            for (String recipient : publication.recipients()) {
                recipients.add(recipient);
                channels.add(publication.channel());
                transactions.add(publication.transactionId());
            }
        }
        if (recipients.isEmpty()) {
            return 0;
        }
        List<String> added = jdbc.sql("""
                insert into dip.delivery (kind, recipient_id, channel, transaction_id, state, next_attempt_at,
                                          created_at, finished_at)
                select 'PUB', r.recipient_id, r.channel, r.tx, w.state, :now, :now,
                       case when w.state = 'PENDING' then null else cast(:now as timestamptz) end
                  from unnest(cast(:recipients as varchar[]), cast(:channels as varchar[]), cast(:txs as varchar[]))
                       with ordinality as r (recipient_id, channel, tx, n)
                 cross join lateral (select case when exists (select 1 from dip.webhook h where h.channel = r.channel
                                                                and h.recipient_id = r.recipient_id)
                                                 then 'PENDING' else 'NO_WEBHOOK' end as state) w
                 order by r.n
                on conflict (transaction_id, recipient_id) where kind = 'PUB' do nothing
                returning state
                """)
                .param("recipients", recipients.toArray(String[]::new))
                .param("channels", channels.toArray(String[]::new))
                .param("txs", transactions.toArray(String[]::new)).param("now", Timestamp.from(now))
                .query(String.class).list();
        return (int) added.stream().filter(Delivery.State.PENDING.name()::equals).count();
    }

    /** Adds a pending delivery of a stored status message to its addressee's status webhook. */
    public void enqueueStatus(String recipientId, long statusMessageId, Instant now) {
        jdbc.sql("""
                insert into dip.delivery (kind, recipient_id, channel, status_message_id, state, next_attempt_at,
                                          created_at)
                values ('STATUS', :recipient, :channel, :id, 'PENDING', :now, :now)
                """)
                .param("recipient", recipientId).param("channel", Webhook.STATUS).param("id", statusMessageId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Leases the due heads of at most {@code limit} queues until {@code leaseUntil}.
     *
     * @return the claimed deliveries, each the oldest pending one of its queue
     */
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                with heads as (
                    select distinct on (recipient_id, channel) id, next_attempt_at, lease_until
                      from dip.delivery
                     where state = 'PENDING'
                     order by recipient_id, channel, id
                ), due as (
                    select id from heads
                     where next_attempt_at <= :now and (lease_until is null or lease_until < :now)
                     order by next_attempt_at
                     limit :limit
                )
                update dip.delivery d
                   set lease_until = :leaseUntil
                  from due
                 where d.id = due.id and d.state = 'PENDING' and (d.lease_until is null or d.lease_until < :now)
                returning d.id, d.kind, d.recipient_id, d.channel, d.transaction_id, d.status_message_id, d.attempts,
                          d.created_at
                """)
                .param("now", Timestamp.from(now)).param("leaseUntil", Timestamp.from(leaseUntil))
                .param("limit", limit)
                .query(DeliveryQueue::delivery)
                .list();
    }

    /** Records an attempt and the delivery's new state, in one transaction. */
    @Transactional
    public void recordAttempt(Delivery delivery, DeliveryAttempt attempt, Delivery.State state,
            Instant nextAttemptAt) {
        jdbc.sql("""
                insert into dip.delivery_attempt (delivery_id, attempt_no, started_at, duration_ms, status_code, outcome,
                                                  error)
                values (:id, :no, :started, :duration, :status, :outcome, :error)
                """)
                .param("id", delivery.id()).param("no", attempt.attemptNo())
                .param("started", Timestamp.from(attempt.startedAt()))
                .param("duration", attempt.duration().toMillis())
                .param("status", attempt.statusCode(), Types.SMALLINT)
                .param("outcome", attempt.verdict().name())
                .param("error", attempt.error(), Types.VARCHAR)
                .update();
        Instant finishedAt = attempt.startedAt().plus(attempt.duration());
        jdbc.sql("""
                update dip.delivery
                   set attempts = :no, state = :state, next_attempt_at = :next, lease_until = null,
                       last_status_code = :status, last_error = :error, finished_at = :finished
                 where id = :id
                """)
                .param("id", delivery.id()).param("no", attempt.attemptNo()).param("state", state.name())
                .param("next", Timestamp.from(nextAttemptAt == null ? finishedAt : nextAttemptAt))
                .param("status", attempt.statusCode(), Types.SMALLINT)
                .param("error", attempt.error(), Types.VARCHAR)
                .param("finished", state == Delivery.State.PENDING ? null : Timestamp.from(finishedAt),
                        Types.TIMESTAMP)
                .update();
    }

    /** Closes a delivery whose recipient has no webhook (any more); it stays available to replay. */
    public void finishWithoutWebhook(Delivery delivery, Instant now) {
        jdbc.sql("""
                update dip.delivery set state = 'NO_WEBHOOK', lease_until = null, finished_at = :now where id = :id
                """)
                .param("id", delivery.id()).param("now", Timestamp.from(now)).update();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        long statusMessageId = rs.getLong(6);
        Long status = rs.wasNull() ? null : statusMessageId;
        return new Delivery(rs.getLong(1), Delivery.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), status, rs.getInt(7), rs.getTimestamp(8).toInstant());
    }
}
