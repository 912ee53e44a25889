package uk.mhhs.gateway.ingress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.party.DipId;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.outbox.OutboxRecord;
import uk.mhhs.dipclient.outbox.OutboxWriter;
import uk.mhhs.gateway.archive.IngressArchive;

/**
 * Ingress of a {@code dip.submissions} record: {@link AcceptingMessages} without API key or signature. A
 * rejected batch goes back to each sender named in it as a StandardResponse on {@code dip.status}, keyed by the
 * sender's DIP ID, written through the outbox in the same transaction as the archive outcome.
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
                bySender(rejected.violations()).forEach((sender, violations) -> {
                    if (sender == null) {
                        log.warn("submission {} names no sender DIP ID: its rejection {} goes to no one", archiveId,
                                rejected.codes());
                    } else {
                        outbox.enqueue(new OutboxRecord(topics.status(), sender, Envelopes.mapper()
                                .writeValueAsBytes(responses.rejected(violations, rejected.batchSize(), null))));
                    }
                });
                archive.complete(archiveId, 400, rejected.codes(), List.of());
            });
            log.info("rejected submission {} with {}", archiveId, rejected.codes());
        }
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
