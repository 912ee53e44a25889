package uk.mhhs.gateway.ingress;

import java.time.Clock;
import java.util.List;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.envelope.StandardResponse;
import uk.mhhs.common.envelope.StandardResponseBody;
import uk.mhhs.common.time.DipTimestamps;

/**
 * Builds the spec's {@code StandardResponse} bodies of the send API: one entry per accepted message, or one per
 * violation. Field limits of the spec are kept: {@code message} at most 200 characters (the code, JSON path and
 * the start of the reason), {@code help} at most 500 (the reason in full, as far as it fits); fields whose
 * value would not be valid there (e.g. a malformed DIP ID echoed back) are null.
 */
final class StandardResponses {

    private static final int CORRELATION_MAX = 60;

    private final String dipId;
    private final Clock clock;

    /**
     * @param dipId the DIP's own DIP ID ({@code senderID} of every response)
     * @param clock for {@code sentTimestamp} and {@code timestamp}
     */
    StandardResponses(String dipId, Clock clock) {
        this.dipId = dipId;
        this.clock = clock;
    }

    StandardResponse accepted(List<AcceptedMessage> messages, String connectionProviderId) {
        String now = now();
        return new StandardResponse(messages.stream().map(m -> new StandardResponseBody(m.transactionId(),
                reference(m.facts()), correlation(m.facts()), now, dipId, dipIdOrNull(m.facts().senderDipId()),
                provider(m.facts(), connectionProviderId), ResponseCode.MSG0000.formatted(), null, null)).toList(),
                now);
    }

    StandardResponse rejected(List<BatchViolation> violations, int batchSize, String connectionProviderId) {
        String now = now();
        return new StandardResponse(violations.stream().map(v -> {
            String where = v.index() < 0 || batchSize <= 1 ? "" : "message " + (v.index() + 1) + " of " + batchSize
                    + ": ";
            return new StandardResponseBody(null, reference(v.facts()), correlation(v.facts()), now, dipId,
                    dipIdOrNull(v.facts().senderDipId()), provider(v.facts(), connectionProviderId),
                    StandardResponseBody.fitMessage(v.violation().describe()),
                    StandardResponseBody.fitHelp(where + v.violation().reason()), null);
        }).toList(), now);
    }

    /** A response of one entry saying {@code code}, e.g. RCP9999 for a refused signature. */
    StandardResponse refused(ResponseCode code, String reason, String recipientId) {
        String now = now();
        return new StandardResponse(List.of(new StandardResponseBody(null, null, null, now, dipId,
                dipIdOrNull(recipientId), null, StandardResponseBody.fitMessage(code.formatted() + ": " + reason),
                StandardResponseBody.fitHelp(reason), null)), now);
    }

    private String now() {
        return DipTimestamps.format(clock.instant());
    }

    private static String reference(MessageFacts facts) {
        String sur = facts.senderUniqueReference();
        return sur != null && !sur.isEmpty() && sur.length() <= 200 ? sur : null;
    }

    private static String correlation(MessageFacts facts) {
        String id = facts.correlationId();
        return id != null && !id.isEmpty() && id.length() <= CORRELATION_MAX ? id : null;
    }

    private static String provider(MessageFacts facts, String connectionProviderId) {
        return connectionProviderId != null && !connectionProviderId.equals(facts.senderDipId())
                ? dipIdOrNull(connectionProviderId) : null;
    }

    private static String dipIdOrNull(String id) {
        return id != null && id.length() == 10 ? id : null;
    }
}
