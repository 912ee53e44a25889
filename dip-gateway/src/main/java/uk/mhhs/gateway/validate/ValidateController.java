package uk.mhhs.gateway.validate;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.envelope.StandardResponseBody;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.common.validation.Violation;
import uk.mhhs.gateway.ingress.IngressProperties;
import uk.mhhs.gateway.participants.Participant;
import uk.mhhs.gateway.web.DipResponses;
import uk.mhhs.gateway.web.ExpectedBody;
import uk.mhhs.gateway.web.RecipientAccess;

/**
 * {@code POST /validate/{IF-nnn}/{event}}: validates a message array as the DIP's level-1 validation would
 * and answers 200 with a StandardResponse: one {@code MSG0000} entry, or one entry per violation (code,
 * JSON path and reason in {@code message}, path and reason in {@code help}). Needs a known
 * {@code X-API-Key}; the spec gives this debugging endpoint no signature headers.
 */
@RestController
class ValidateController {

    private static final ExpectedBody MESSAGES = ExpectedBody.json("a JSON array of messages");

    private final RecipientAccess access;
    private final ValidatingMessages validating;
    private final DipResponses responses;

    ValidateController(RecipientAccess access, DipResponses responses,
            ObjectProvider<IngressProperties> ingress, ObjectProvider<Clock> clock) {
        this.access = access;
        this.responses = responses;
        IngressProperties limits = ingress.getIfAvailable();
        this.validating = new ValidatingMessages(new MessageValidator(MessageValidator.Mode.DIP,
                clock.getIfUnique(Clock::systemUTC),
                limits == null ? Duration.ofMinutes(1) : limits.allowedSenderClockSkew()));
    }

    @PostMapping("/validate/{id}/{event}")
    ResponseEntity<byte[]> validate(@PathVariable("id") String id, @PathVariable("event") String event,
            HttpServletRequest request) throws IOException {
        RecipientAccess.Call call = access.identified(request, MESSAGES);
        Participant caller = call.caller();
        List<Violation> violations = validating.validate(id, event, call.body());
        List<StandardResponseBody> entries = violations.isEmpty()
                ? List.of(responses.entry(caller.dipId(), ResponseCode.MSG0000, null))
                : violations.stream().map(v -> responses.entry(caller.dipId(), v.describe(),
                        v.jsonPath() + ": " + v.reason())).toList();
        return DipResponses.json(200, responses.standardResponse(entries));
    }
}
