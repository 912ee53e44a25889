package uk.mhhs.gateway.replay;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.common.time.InvalidDipTimestampException;

/**
 * A checked {@link MessageRequest}: which of a recipient's PUBs on a channel to replay or requeue.
 *
 * @param from earliest transaction timestamp, inclusive, or null
 * @param to latest transaction timestamp, inclusive, or null
 * @param eventCode or null
 * @param mpan or null
 * @param schemaVersion or null
 * @param transactionIds empty for any
 */
public record PublicationFilter(Instant from, Instant to, String eventCode, String mpan, String schemaVersion,
        List<String> transactionIds) {

    /** The most transaction IDs one request may name. */
    public static final int MAX_TRANSACTION_IDS = 100;

    public PublicationFilter {
        transactionIds = transactionIds == null ? List.of() : List.copyOf(transactionIds);
    }

    /**
     * @param body a MessageRequest, UTF-8 JSON
     * @return the filter
     * @throws IllegalArgumentException saying what is wrong with the body
     */
    public static PublicationFilter parse(byte[] body) {
        MessageRequest request;
        try {
            request = body == null || body.length == 0 ? null : Envelopes.mapper().readValue(body, MessageRequest.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a MessageRequest: " + e.getOriginalMessage(), e);
        }
        if (request == null) {
            throw new IllegalArgumentException("a MessageRequest body is required");
        }
        List<String> ids = request.transactionIDs();
        if (ids != null && (ids.isEmpty() || ids.size() > MAX_TRANSACTION_IDS)) {
            throw new IllegalArgumentException("transactionIDs must hold 1 to " + MAX_TRANSACTION_IDS
                    + " IDs, not " + ids.size());
        }
        if (ids != null && ids.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > 65)) {
            throw new IllegalArgumentException("transactionIDs must be 1 to 65 characters each");
        }
        // PostgreSQL text cannot hold NUL: refused here, not a 500 from the query (HostileRequestsTest)
        if (Stream.concat(Stream.of(request.eventCode(), request.version()), ids == null ? Stream.empty() : ids.stream())
                .anyMatch(value -> value != null && value.indexOf('\0') >= 0)) {
            throw new IllegalArgumentException("eventCode, version and transactionIDs must not contain NUL");
        }
        if (request.mpan() != null && !request.mpan().matches("\\d{13}")) {
            throw new IllegalArgumentException("MPAN must be 13 digits: " + request.mpan());
        }
        Instant from = instant("datetimeFrom", request.datetimeFrom());
        Instant to = instant("datetimeTo", request.datetimeTo());
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("datetimeTo " + request.datetimeTo() + " is before datetimeFrom "
                    + request.datetimeFrom());
        }
        return new PublicationFilter(from, to, request.eventCode(), request.mpan(), request.version(), ids);
    }

    private static Instant instant(String name, String value) {
        try {
            return value == null ? null : DipTimestamps.parseInstant(value);
        } catch (InvalidDipTimestampException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }
}
