package uk.mhhs.gateway.ingress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.mhhs.common.signature.DipSignature;
import uk.mhhs.gateway.archive.ArchivedRequest;
import uk.mhhs.gateway.participants.Participant;
import uk.mhhs.gateway.routing.Routing;
import uk.mhhs.gateway.routing.RoutingRequest;

/**
 * The ingress use case, shared by {@code POST /dip-channel/{id}} and the {@code dip.submissions} listener: level-1
 * validation of the whole batch and routing's own check (secondary recipients that must and cannot be found,
 * MSG1037/1038, when configured), then (all valid) routing and the durable acceptance of every message, or (any
 * violation) rejection of the whole batch. The request is either archived already ({@code dip.submissions}) or
 * handed over to be archived first thing in the acceptance transaction (HTTP); in the latter case a rejected or
 * failed submission leaves nothing archived, and the caller archives it with its outcome.
 */
public class AcceptingMessages {

    private final LevelOneValidation validation;
    private final Routing routing;
    private final RecordingAcceptance recording;
    private final RecordingSubmissions batches;
    private final IngressMetrics metrics;
    private final Clock clock;

    AcceptingMessages(LevelOneValidation validation, Routing routing, RecordingAcceptance recording,
                      RecordingSubmissions batches, IngressMetrics metrics, Clock clock) {
        this.validation = validation;
        this.routing = routing;
        this.recording = recording;
        this.batches = batches;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * @param submission the batch as received
     * @return accepted (durable, committed) or rejected
     */
    IngressResult accept(Submission submission) {
        CheckedBatch batch = check(submission);
        IngressResult result;
        if (batch.valid()) {
            Instant now = clock.instant();
            result = recording.record(submission.archiveId(), submission.toArchive(), route(batch, now),
                    submission.bodyHash(), submission.viaKafka(), now);
        } else {
            result = new IngressResult.Rejected(batch.violations(), batch.size());
        }
        count(submission, result);
        return result;
    }

    /**
     * Several {@code dip.submissions} records (a poll) at once, in the caller's transaction: each checked on its own,
     * the valid ones made durable together by {@link RecordingSubmissions}. Nothing is counted: the caller counts
     * ({@link #count}) once it has committed.
     *
     * @param submissions each with the request to archive ({@link Submission#toArchive()})
     * @return each one's result, in order; empty if a reference was used before, when the caller rolls back and
     *         takes them one at a time with {@link #accept}
     */
    Optional<List<IngressResult>> acceptAll(List<Submission> submissions) {
        Instant now = clock.instant();
        IngressResult[] results = new IngressResult[submissions.size()];
        List<RecordingSubmissions.Valid> valid = new ArrayList<>(submissions.size());
        List<Integer> validAt = new ArrayList<>(submissions.size());
        for (int i = 0; i < submissions.size(); i++) {
            Submission submission = submissions.get(i);
            CheckedBatch batch = check(submission);
            if (batch.valid()) {
                valid.add(new RecordingSubmissions.Valid(submission.toArchive(), route(batch, now),
                        submission.bodyHash()));
                validAt.add(i);
            } else {
                results[i] = new IngressResult.Rejected(batch.violations(), batch.size());
            }
        }
        Optional<List<IngressResult.Accepted>> accepted = batches.recordAll(valid, now);
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        for (int j = 0; j < validAt.size(); j++) {
            results[validAt.get(j)] = accepted.get().get(j);
        }
        return Optional.of(Arrays.asList(results));
    }

    /** Level 1, then (all valid) routing's own refusals: secondary recipients that must and cannot be found. */
    private CheckedBatch check(Submission submission) {
        CheckedBatch batch = validation.check(submission.pathInterfaceId(), submission.body(),
                submission.connectedAs(), submission.viaKafka());
        if (!batch.valid() || !routing.rejectsUnresolvedSecondary()) {
            return batch;
        }
        List<BatchViolation> unroutable = new ArrayList<>();
        for (CheckedMessage message : batch.messages()) {
            routing.unresolvedSecondary(routingRequest(message))
                    .ifPresent(v -> unroutable.add(new BatchViolation(message.index(), message.facts(), v)));
        }
        return unroutable.isEmpty() ? batch : new CheckedBatch(batch.size(), List.of(), unroutable);
    }

    private static RoutingRequest routingRequest(CheckedMessage message) {
        MessageFacts facts = message.facts();
        return new RoutingRequest(message.channel(), facts.eventCode(), facts.senderDipId(), facts.senderRole(),
                facts.mpanCore(), facts.distributorDipId(), facts.primaryRecipients());
    }

    private List<RecordingAcceptance.Routed> route(CheckedBatch batch, Instant now) {
        List<RecordingAcceptance.Routed> routed = new ArrayList<>(batch.messages().size());
        for (CheckedMessage message : batch.messages()) {
            routed.add(new RecordingAcceptance.Routed(message, routing.route(routingRequest(message),
                    message.canonicalPayload(), message.facts().correlationId(), now)));
        }
        return routed;
    }

    /** Counts a submission's messages by outcome (metrics). */
    void count(Submission submission, IngressResult result) {
        String path = submission.viaKafka() ? "kafka" : "http";
        if (result instanceof IngressResult.Accepted accepted) {
            accepted.messages().forEach(m -> metrics.accepted(m.facts().interfaceId(), path, 1));
        } else if (result instanceof IngressResult.Rejected rejected) {
            rejected.violations().forEach(v -> metrics.rejected(submission.pathInterfaceId() != null
                    ? submission.pathInterfaceId() : v.facts().interfaceId(), v.violation().code().code(), path));
        }
    }

    /**
     * A batch as received.
     *
     * @param pathInterfaceId the channel of the URL or record
     * @param body            exact bytes
     * @param connectedAs     the API key's participant (HTTP), or null (Kafka)
     * @param archiveId       its row in the ingress archive, if {@code toArchive} is null
     * @param toArchive       the request as received, when it is not archived yet: the acceptance transaction
     *                        archives it (with outcome 201) before anything else; null when already archived
     * @param viaKafka        from {@code dip.submissions}: a single message object is accepted in place of an array,
     *                        and a redelivered record is skipped silently
     * @param bodyHash        Base64 SHA-256 of the body (HTTP: the verified {@code X-DIP-Content-Hash}, so the body
     *                        is hashed once)
     */
    record Submission(String pathInterfaceId, byte[] body, Participant connectedAs, long archiveId,
                      ArchivedRequest toArchive, boolean viaKafka, String bodyHash) {

        /** A {@code dip.submissions} record, archived already. */
        static Submission fromKafka(String interfaceId, byte[] body, long archiveId) {
            return new Submission(interfaceId, body, null, archiveId, null, true, DipSignature.contentHash(body));
        }

        /** A {@code dip.submissions} record to archive with its outcome. */
        static Submission fromKafka(ArchivedRequest record) {
            return new Submission(record.channel(), record.body(), null, 0, record, true,
                    DipSignature.contentHash(record.body()));
        }
    }
}
