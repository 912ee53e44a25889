package uk.mhhs.gateway.ingress;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.validation.Violation;
import uk.mhhs.dipclient.outbox.OutboxRecord;
import uk.mhhs.dipclient.outbox.OutboxSignal;
import uk.mhhs.dipclient.outbox.OutboxWriter;
import uk.mhhs.gateway.archive.ArchivedRequest;
import uk.mhhs.gateway.archive.IngressArchive;
import uk.mhhs.gateway.routing.Publication;

/**
 * Makes an accepted batch durable in ONE database transaction: a {@code dip.accepted_message} row per message
 * (whose unique key on sender and {@code senderUniqueReference} catches a reused reference, MSG1006), the PUB
 * records in the outbox, and the archive outcome (or, for a request not archived yet, the archive row itself with
 * its outcome, written first). Only after the commit may the caller answer 201; the outbox
 * relay publishes afterwards, so a crash between the two loses nothing.
 *
 * <p>A reused reference whose earlier row came from a submission with the same body hash is the same submission
 * delivered again (Kafka at-least-once); when the caller allows it, it is skipped silently rather than rejected.
 *
 * <p>A single message not archived yet (the usual HTTP post) takes a shorter way to the same rows: one statement
 * that writes all three, see {@link #acceptInOneStatement}.
 */
final class RecordingAcceptance {

    private static final String INSERT = "insert into dip.accepted_message (transaction_id, ingress_archive_id, "
            + "interface_id, publication_id, event_code, sender_dip_id, sender_role, sender_unique_reference, mpan_core, "
            + "accepted_at, submission_sha256, recipients) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "on conflict on constraint accepted_message_sender_reference do nothing";

    /** The INSERT of an accepted message as the second part of the one-statement acceptance, after the archive. */
    private static final String ACCEPTED_ROW_CTE = "accepted as (insert into dip.accepted_message (transaction_id, "
            + "ingress_archive_id, interface_id, publication_id, event_code, sender_dip_id, sender_role, "
            + "sender_unique_reference, mpan_core, accepted_at, submission_sha256, recipients) "
            + "select ?, archived.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from archived)";

    /** One message and its PUB. */
    record Routed(CheckedMessage message, Publication publication) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final OutboxWriter outbox;
    private final IngressArchive archive;
    private final OutboxSignal relay;
    private final String acceptInOneStatement;

    /**
     * @param outboxTable the outbox table ({@code dip_outbox} in the schema dip-client keeps it in), which the
     *                    one-statement acceptance writes as {@link OutboxWriter} does
     * @param relay       woken after that statement, as {@link OutboxWriter} wakes it after a commit
     */
    RecordingAcceptance(JdbcTemplate jdbc, TransactionTemplate transactions, OutboxWriter outbox,
                        IngressArchive archive, String outboxTable, OutboxSignal relay) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.archive = archive;
        this.relay = relay;
        this.acceptInOneStatement = "with " + IngressArchive.COMPLETED_ROW_CTE + ", " + ACCEPTED_ROW_CTE
                + " insert into " + outboxTable + " (topic, message_key, payload, headers) values (?, ?, ?, ?::jsonb)";
    }

    /**
     * @param archiveId            the archived request, if {@code toArchive} is null
     * @param toArchive            the request to archive first in the transaction (with outcome 201), or null if
     *                             it is archived already; on a rejection it is rolled back with the rest
     * @param routed               the batch, routed
     * @param submissionHash       Base64 SHA-256 of the body or record
     * @param redeliveryIsSilent   whether a reference already accepted from the same submission is skipped
     * @param now                  acceptance time
     * @return accepted (committed) or rejected with MSG1006 (rolled back)
     */
    IngressResult record(long archiveId, ArchivedRequest toArchive, List<Routed> routed, String submissionHash,
                         boolean redeliveryIsSilent, Instant now) {
        if (toArchive != null && routed.size() == 1
                && !TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                return acceptInOneStatement(toArchive, routed.get(0), submissionHash, now);
            } catch (DuplicateKeyException e) {
                // The reference was used before: the statement stored nothing, and the transaction below says why.
            }
        }
        return inOneTransaction(archiveId, toArchive, routed, submissionHash, redeliveryIsSilent, now);
    }

    /**
     * A request of one message, not archived yet (a single-message HTTP post, the common case): its archive row
     * with outcome 201, its accepted-message row and its outbox row in ONE statement, committed on its own. That is
     * one round trip to PostgreSQL instead of four (three inserts and the commit) and no transaction to manage, and
     * as atomic: a statement commits whole or not at all. A reused reference fails the statement on the unique key
     * (nothing stored); the caller then takes the transaction path, which tells a duplicate from a redelivery.
     */
    private IngressResult acceptInOneStatement(ArchivedRequest toArchive, Routed routed, String submissionHash,
                                               Instant now) {
        CheckedMessage message = routed.message();
        MessageFacts facts = message.facts();
        Publication publication = routed.publication();
        jdbc.update(acceptInOneStatement, ps -> {
            int next = archive.bindCompleted(ps, toArchive, 201, List.of(ResponseCode.MSG0000.code()),
                    List.of(publication.transactionId()));
            ps.setString(next++, publication.transactionId());
            ps.setString(next++, message.channel().id());
            ps.setString(next++, publication.publicationId());
            ps.setString(next++, facts.eventCode());
            ps.setString(next++, facts.senderDipId());
            ps.setString(next++, facts.senderRole());
            ps.setString(next++, facts.senderUniqueReference());
            ps.setString(next++, publication.key());
            ps.setTimestamp(next++, Timestamp.from(now));
            ps.setString(next++, submissionHash);
            ps.setArray(next++, ps.getConnection().createArrayOf("varchar", publication.recipients().toArray()));
            ps.setString(next++, publication.topic());
            ps.setString(next++, publication.key());
            ps.setBytes(next++, publication.value());
            ps.setString(next, JsonMapper.shared().writeValueAsString(publication.headers()));
        });
        relay.wake();
        return new IngressResult.Accepted(List.of(new AcceptedMessage(message.index(), facts,
                publication.transactionId(), false)));
    }

    private IngressResult inOneTransaction(long archiveId, ArchivedRequest toArchive, List<Routed> routed,
                                           String submissionHash, boolean redeliveryIsSilent, Instant now) {
        return transactions.execute(status -> {
            List<String> assigned = routed.stream().map(r -> r.publication().transactionId()).toList();
            long archived = toArchive == null ? archiveId
                    : archive.recordCompleted(toArchive, 201, List.of(ResponseCode.MSG0000.code()), assigned);
            int[] inserted = insert(archived, routed, submissionHash, now);
            List<AcceptedMessage> accepted = new ArrayList<>(routed.size());
            List<BatchViolation> duplicates = new ArrayList<>();
            List<OutboxRecord> publications = new ArrayList<>(routed.size());
            for (int i = 0; i < routed.size(); i++) {
                CheckedMessage message = routed.get(i).message();
                Publication publication = routed.get(i).publication();
                if (inserted[i] > 0) {
                    accepted.add(new AcceptedMessage(message.index(), message.facts(), publication.transactionId(),
                            false));
                    publications.add(new OutboxRecord(publication.topic(), publication.key(), publication.value(),
                            publication.headers()));
                    continue;
                }
                Map<String, Object> earlier = jdbc.queryForMap("select transaction_id, submission_sha256 from "
                        + "dip.accepted_message where sender_dip_id = ? and sender_unique_reference = ?",
                        message.facts().senderDipId(), message.facts().senderUniqueReference());
                if (redeliveryIsSilent && submissionHash.equals(earlier.get("submission_sha256"))) {
                    accepted.add(new AcceptedMessage(message.index(), message.facts(),
                            (String) earlier.get("transaction_id"), true));
                } else {
                    duplicates.add(new BatchViolation(message.index(), message.facts(), new Violation(
                            ResponseCode.MSG1006, SenderRules.S1 + "senderUniqueReference", "Expected a reference "
                            + message.facts().senderDipId() + " has not used before but it was used for transaction "
                            + earlier.get("transaction_id") + ".")));
                }
            }
            if (!duplicates.isEmpty()) {
                status.setRollbackOnly();
                return new IngressResult.Rejected(duplicates, routed.size());
            }
            outbox.enqueueAll(publications);
            List<String> transactionIds = accepted.stream().map(AcceptedMessage::transactionId).toList();
            if (toArchive == null || !transactionIds.equals(assigned)) {
                archive.complete(archived, 201, List.of(ResponseCode.MSG0000.code()), transactionIds);
            }
            return new IngressResult.Accepted(accepted);
        });
    }

    private int[] insert(long archiveId, List<Routed> routed, String submissionHash, Instant now) {
        Timestamp acceptedAt = Timestamp.from(now);
        return jdbc.batchUpdate(INSERT, new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
            @Override
            public void setValues(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
                MessageFacts facts = routed.get(i).message().facts();
                Publication publication = routed.get(i).publication();
                ps.setString(1, publication.transactionId());
                ps.setLong(2, archiveId);
                ps.setString(3, routed.get(i).message().channel().id());
                ps.setString(4, publication.publicationId());
                ps.setString(5, facts.eventCode());
                ps.setString(6, facts.senderDipId());
                ps.setString(7, facts.senderRole());
                ps.setString(8, facts.senderUniqueReference());
                ps.setString(9, publication.key());
                ps.setTimestamp(10, acceptedAt);
                ps.setString(11, submissionHash);
                Array recipients = ps.getConnection().createArrayOf("varchar", publication.recipients().toArray());
                ps.setArray(12, recipients);
            }

            @Override
            public int getBatchSize() {
                return routed.size();
            }
        });
    }
}
