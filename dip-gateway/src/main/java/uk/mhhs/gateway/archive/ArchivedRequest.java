package uk.mhhs.gateway.archive;

import java.time.Instant;
import java.util.Map;

/**
 * A request (or Kafka submission record) exactly as received, before any validation.
 *
 * @param receivedAt         when it arrived
 * @param source             HTTP or KAFKA
 * @param sourceRef          HTTP: method and URL; KAFKA: {@code topic-partition@offset}
 * @param channel            the interface ID of the path or record, as received (may be unknown)
 * @param authenticatedDipId the API key's participant (HTTP), or null
 * @param headers            request or record headers; secrets (API key, admin token) must already be removed
 * @param body               the exact body bytes
 */
public record ArchivedRequest(Instant receivedAt, Source source, String sourceRef, String channel,
                              String authenticatedDipId, Map<String, String> headers, byte[] body) {

    /** Where a request came from. */
    public enum Source { HTTP, KAFKA }
}
