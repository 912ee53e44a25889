package uk.mhhs.gateway.ingress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.dipclient.outbox.OutboxRecord;
import uk.mhhs.dipclient.outbox.OutboxWriter;
import uk.mhhs.gateway.archive.ArchivedRequest;
import uk.mhhs.gateway.archive.IngressArchive;
import uk.mhhs.gateway.routing.Publication;

/**
 * The batch branch of acceptance: makes the valid submissions of a {@code dip.submissions} poll durable at once,
 * in the caller's transaction, with one statement per table whatever their number: each record's archive row with
 * its outcome, an {@code accepted_message} row per message, and the PUBs in the outbox. A reference used before (by
 * an earlier submission, or twice in this poll) makes it give up: the caller rolls back and takes the submissions
 * one at a time, where {@link RecordingAcceptance} tells a redelivered record (skipped) from a reused reference
 * (MSG1006).
 */
final class RecordingSubmissions {

    private static final String INSERT = """
            insert into dip.accepted_message (transaction_id, ingress_archive_id, interface_id, publication_id,
                                              event_code, sender_dip_id, sender_role, sender_unique_reference,
                                              mpan_core, accepted_at, submission_sha256, recipients)
            select m.tx, m.archive_id, m.interface_id, m.pub, m.event, m.sender, m.role, m.ref, m.mpan, ?, m.hash,
                   coalesce(string_to_array(nullif(m.recipients, ''), ','), '{}')
              from unnest(cast(? as varchar[]), cast(? as bigint[]), cast(? as varchar[]), cast(? as varchar[]),
                          cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]),
                          cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]))
                   with ordinality as m (tx, archive_id, interface_id, pub, event, sender, role, ref, mpan, hash,
                                         recipients, n)
             order by m.n
            on conflict on constraint accepted_message_sender_reference do nothing
            returning transaction_id""";

    /**
     * A valid submission, routed.
     *
     * @param request        the record as received, archived with outcome 201 here
     * @param routed         its messages and their PUBs
     * @param submissionHash Base64 SHA-256 of the record
     */
    record Valid(ArchivedRequest request, List<RecordingAcceptance.Routed> routed, String submissionHash) {
    }

    private final JdbcTemplate jdbc;
    private final OutboxWriter outbox;
    private final IngressArchive archive;

    RecordingSubmissions(JdbcTemplate jdbc, OutboxWriter outbox, IngressArchive archive) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.archive = archive;
    }

    /**
     * Must run in a transaction, which the caller rolls back when this returns empty.
     *
     * @return each submission's accepted messages, in order; empty if a reference was used before
     */
    Optional<List<IngressResult.Accepted>> recordAll(List<Valid> submissions, Instant now) {
        if (submissions.isEmpty()) {
            return Optional.of(List.of());
        }
        List<ArchivedRequest> requests = new ArrayList<>(submissions.size());
        List<IngressArchive.Outcome> outcomes = new ArrayList<>(submissions.size());
        for (Valid submission : submissions) {
            requests.add(submission.request());
            outcomes.add(new IngressArchive.Outcome(201, List.of(ResponseCode.MSG0000.code()), submission.routed()
                    .stream().map(r -> r.publication().transactionId()).toList()));
        }
        List<Long> archiveIds = archive.recordAllCompleted(requests, outcomes);
        int messages = submissions.stream().mapToInt(s -> s.routed().size()).sum();
        if (insert(submissions, archiveIds, messages, now) < messages) {
            return Optional.empty();
        }
        List<OutboxRecord> publications = new ArrayList<>(messages);
        List<IngressResult.Accepted> accepted = new ArrayList<>(submissions.size());
        for (Valid submission : submissions) {
            List<AcceptedMessage> messagesOfSubmission = new ArrayList<>(submission.routed().size());
            for (RecordingAcceptance.Routed routed : submission.routed()) {
                Publication publication = routed.publication();
                messagesOfSubmission.add(new AcceptedMessage(routed.message().index(), routed.message().facts(),
                        publication.transactionId(), false));
                publications.add(new OutboxRecord(publication.topic(), publication.key(), publication.value(),
                        publication.headers()));
            }
            accepted.add(new IngressResult.Accepted(messagesOfSubmission));
        }
        outbox.enqueueAll(publications);
        return Optional.of(accepted);
    }

    /** @return how many rows were inserted (fewer than {@code messages}: a reference was used before) */
    private int insert(List<Valid> submissions, List<Long> archiveIds, int messages, Instant now) {
        String[][] text = new String[10][messages];
        Long[] archiveId = new Long[messages];
        int row = 0;
        for (int s = 0; s < submissions.size(); s++) {
            for (RecordingAcceptance.Routed routed : submissions.get(s).routed()) {
                MessageFacts facts = routed.message().facts();
                Publication publication = routed.publication();
                archiveId[row] = archiveIds.get(s);
                text[0][row] = publication.transactionId();
                text[1][row] = routed.message().channel().id();
                text[2][row] = publication.publicationId();
                text[3][row] = facts.eventCode();
                text[4][row] = facts.senderDipId();
                text[5][row] = facts.senderRole();
                text[6][row] = facts.senderUniqueReference();
                text[7][row] = publication.key();
                text[8][row] = submissions.get(s).submissionHash();
                text[9][row] = String.join(",", publication.recipients());
                row++;
            }
        }
        Set<String> inserted = new HashSet<>(jdbc.query(connection -> {
            var ps = connection.prepareStatement(INSERT);
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setArray(2, connection.createArrayOf("varchar", text[0]));
            ps.setArray(3, connection.createArrayOf("int8", archiveId));
            for (int c = 1; c < text.length; c++) {
                ps.setArray(c + 3, connection.createArrayOf("varchar", text[c]));
            }
            return ps;
        }, (rs, n) -> rs.getString(1)));
        return inserted.size();
    }
}
