package uk.mhhs.gateway.web;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.envelope.StandardResponse;
import uk.mhhs.common.envelope.StandardResponseBody;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.dipclient.DipClientProperties;

/**
 * JSON responses of the delivery-side endpoints (pubconfig, replay, requeue, status messages, validate),
 * written with the envelope mapper so that keys are spelt and ordered as the spec has them, and the
 * handler that turns an {@link ApiRefusal} into its response.
 */
@RestControllerAdvice(basePackages = {"uk.mhhs.gateway.webhooks", "uk.mhhs.gateway.replay",
    "uk.mhhs.gateway.status", "uk.mhhs.gateway.validate"})
public class DipResponses {

    private static final Logger log = LoggerFactory.getLogger(DipResponses.class);

    private final String gatewayDipId;
    private final Clock clock;

    DipResponses(DipClientProperties dip, ObjectProvider<Clock> clock) {
        this.gatewayDipId = dip.dipId();
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** @return {@code value} as JSON with the given status */
    public static ResponseEntity<byte[]> json(int status, Object value) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Envelopes.mapper().writeValueAsBytes(value));
    }

    /** @return raw JSON bytes with the given status */
    public static ResponseEntity<byte[]> json(int status, byte[] json) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json);
    }

    /**
     * @return a StandardResponse of entries from the gateway to {@code recipientId}
     */
    public StandardResponse standardResponse(List<StandardResponseBody> entries) {
        return new StandardResponse(entries, now());
    }

    /** @return one entry from the gateway: {@code code} with {@code help}, about no message in particular */
    public StandardResponseBody entry(String recipientId, ResponseCode code, String help) {
        return entry(recipientId, code.formatted(), help);
    }

    /**
     * @param message e.g. {@code MSG1001 - Schema Failure: $.payload...}, cut to the spec's 200 characters
     * @param help cut to the spec's 500 characters
     * @return one entry from the gateway to {@code recipientId}, about no message in particular
     */
    public StandardResponseBody entry(String recipientId, String message, String help) {
        return new StandardResponseBody(null, null, null, now(), gatewayDipId, recipientId, null,
                StandardResponseBody.fitMessage(message), StandardResponseBody.fitHelp(help), null);
    }

    /** The gateway's own DIP ID, the sender of its responses. */
    public String gatewayDipId() {
        return gatewayDipId;
    }

    /** The current time as a 25-character DIP timestamp. */
    public String now() {
        return DipTimestamps.format(clock.instant());
    }

    @ExceptionHandler(ApiRefusal.class)
    ResponseEntity<byte[]> refused(ApiRefusal refusal) {
        log.info("Refused with {}: {}", refusal.status().value(), refusal.getMessage());
        if (refusal.code() == null) {
            return ResponseEntity.status(refusal.status()).build();
        }
        return json(refusal.status().value(), standardResponse(List.of(
                entry(refusal.recipientId(), refusal.code(), refusal.getMessage()))));
    }
}
