package uk.mhhs.gateway.ingress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.party.DipId;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.outbox.OutboxRecord;
import uk.mhhs.dipclient.outbox.OutboxWriter;
import uk.mhhs.gateway.archive.ArchivedRequest;
import uk.mhhs.gateway.archive.IngressArchive;

/**
 * Ingress of {@code dip.submissions} records, a poll at a time or one by one: {@link AcceptingMessages} without
 * API key or signature. A rejected batch goes back to each sender named in it as a StandardResponse on
 * {@code dip.status}, keyed by the sender's DIP ID, written through the outbox in the same transaction as the
 * archive outcome.
 */
public class SubmissionIngress {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIngress.class);

    private final AcceptingMessages accepting;
    private final StandardResponses responses;
    private final OutboxWriter outbox;
    private final IngressArchive archive;
    private final TransactionTemplate transactions;
    private final DipTopics topics;

    SubmissionIngress(AcceptingMessages accepting, StandardResponses responses, OutboxWriter outbox,
                      IngressArchive archive, TransactionTemplate transactions, DipTopics topics) {
        this.accepting = accepting;
        this.responses = responses;
        this.outbox = outbox;
        this.archive = archive;
        this.transactions = transactions;
        this.topics = topics;
    }

    /**
     * @param interfaceId the channel named by the record, or null to take each message's {@code S0.interfaceID}
     * @param body        the record value
     * @param archiveId   the archived record
     */
    public void submit(String interfaceId, byte[] body, long archiveId) {
        IngressResult result = accepting.accept(AcceptingMessages.Submission.fromKafka(interfaceId, body, archiveId));
        if (result instanceof IngressResult.Rejected rejected) {
            transactions.executeWithoutResult(status -> {
                answer(rejected, archiveId);
                archive.complete(archiveId, 400, rejected.codes(), List.of());
            });
            log.info("rejected submission {} with {}", archiveId, rejected.codes());
        }
    }

    /** A record on its own: archived first (committed at once), then {@link #submit(String, byte[], long)}. */
    public void submit(ArchivedRequest record) {
        submit(record.channel(), record.body(), archive.record(record));
    }

    /**
     * A poll's records in ONE transaction: each archived with its outcome, the valid ones accepted with their outbox
     * rows, the rejected ones answered on {@code dip.status}. If a reference was used before (a record delivered
     * again, or MSG1006), nothing is written and it returns false: the caller then takes the records one at a time
     * with {@link #submit(ArchivedRequest)}, which tells the two apart.
     *
     * @param records the poll's records as received, in order
     * @return whether they were all handled
     */
    public boolean submitAll(List<ArchivedRequest> records) {
        List<AcceptingMessages.Submission> submissions = records.stream()
                .map(AcceptingMessages.Submission::fromKafka).toList();
        Optional<List<IngressResult>> results = transactions.execute(status -> {
            Optional<List<IngressResult>> handled = accepting.acceptAll(submissions);
            if (handled.isEmpty()) {
                status.setRollbackOnly();
                return handled;
            }
            for (int i = 0; i < records.size(); i++) {
                if (handled.get().get(i) instanceof IngressResult.Rejected rejected) {
                    answer(rejected, archive.recordCompleted(records.get(i), 400, rejected.codes(), List.of()));
                }
            }
            return handled;
        });
        if (results == null || results.isEmpty()) {
            return false;
        }
        for (int i = 0; i < records.size(); i++) {
            accepting.count(submissions.get(i), results.get().get(i));
            if (results.get().get(i) instanceof IngressResult.Rejected rejected) {
                log.info("rejected submission {} with {}", records.get(i).sourceRef(), rejected.codes());
            }
        }
        return true;
    }

    /** The rejection to each sender named in it, on {@code dip.status} through the outbox. */
    private void answer(IngressResult.Rejected rejected, long archiveId) {
        bySender(rejected.violations()).forEach((sender, violations) -> {
            if (sender == null) {
                log.warn("submission {} names no sender DIP ID: its rejection {} goes to no one", archiveId,
                        rejected.codes());
            } else {
                outbox.enqueue(new OutboxRecord(topics.status(), sender, Envelopes.mapper()
                        .writeValueAsBytes(responses.rejected(violations, rejected.batchSize(), null))));
            }
        });
    }

    /** Violations by sender DIP ID (a malformed message's sender is a valid DIP ID or null). */
    private static Map<String, List<BatchViolation>> bySender(List<BatchViolation> violations) {
        Map<String, List<BatchViolation>> grouped = new LinkedHashMap<>();
        for (BatchViolation violation : violations) {
            String sender = DipId.isValid(violation.facts().senderDipId()) ? violation.facts().senderDipId() : null;
            grouped.computeIfAbsent(sender, k -> new ArrayList<>()).add(violation);
        }
        return grouped;
    }
}
