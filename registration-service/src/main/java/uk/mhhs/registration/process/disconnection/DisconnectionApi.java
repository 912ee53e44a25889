package uk.mhhs.registration.process.disconnection;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.registration.RegError;

import java.util.function.Supplier;

/**
 * Operators (the LDSO's and CSS's stand-in), header {@code X-REG-Operator-Token}:
 * <ul>
 *   <li>{@code POST /registration/v1/mpans/{mpan}/disconnections {"effectiveFrom", "additionalInformation"}}</li>
 *   <li>{@code POST /registration/v1/mpans/{mpan}/reconnections {"effectiveFrom"}}</li>
 *   <li>{@code POST /registration/v1/css/deregistrations {"mpanCore", "deregistrationDate"}}</li>
 * </ul>
 * 201 with what was recorded and sent; 401 without the token; 400 REG0000 (malformed MPAN), REG1088 (no date),
 * REG9011 (not a date); 404 REG0000 (not registered); 409 REG1014 / REG1022 (out of sequence, wrong state);
 * 422 for any other rule. Nothing changes on an error.
 */
@RestController
@RequestMapping("/registration/v1")
class DisconnectionApi {

    record DisconnectionRequest(String effectiveFrom, String additionalInformation) {
    }

    record ReconnectionRequest(String effectiveFrom) {
    }

    record DeregistrationRequest(String mpanCore, String deregistrationDate) {
    }

    private final Disconnecting disconnecting;

    DisconnectionApi(Disconnecting disconnecting) {
        this.disconnecting = disconnecting;
    }

    @PostMapping("/mpans/{mpan}/disconnections")
    ResponseEntity<?> disconnect(@PathVariable String mpan, @RequestBody DisconnectionRequest body) {
        return run(mpan, () -> disconnecting.disconnect(mpan, body.effectiveFrom(),
                body.additionalInformation()));
    }

    @PostMapping("/mpans/{mpan}/reconnections")
    ResponseEntity<?> reconnect(@PathVariable String mpan, @RequestBody ReconnectionRequest body) {
        return run(mpan, () -> disconnecting.reconnect(mpan, body.effectiveFrom()));
    }

    @PostMapping("/css/deregistrations")
    ResponseEntity<?> deregister(@RequestBody DeregistrationRequest body) {
        return run(body.mpanCore(), () -> disconnecting.deregister(body.mpanCore(),
                body.deregistrationDate()));
    }

    private ResponseEntity<?> run(String mpan, Supplier<Disconnecting.Outcome> action) {
        if (mpan == null || !MpanCore.isValid(mpan)) {
            return ResponseEntity.badRequest().body(RegError.of("REG0000", invalidReason(mpan)));
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(action.get());
        } catch (Rejected rejected) {
            return ResponseEntity.status(status(rejected)).body(RegError.of(rejected.code(), rejected.reason()));
        }
    }

    private static HttpStatus status(Rejected rejected) {
        return switch (rejected.code()) {
            case "REG0000" -> HttpStatus.NOT_FOUND;
            case "REG1088" -> HttpStatus.BAD_REQUEST;
            case "REG1014", "REG1022" -> HttpStatus.CONFLICT;
            case "REG9011" -> rejected.reason().contains("is not a date") ? HttpStatus.BAD_REQUEST
                    : HttpStatus.UNPROCESSABLE_CONTENT;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    private static String invalidReason(String mpan) {
        if (mpan == null) {
            return "mpanCore is missing";
        }
        try {
            MpanCore.of(mpan);
            return "MPAN core is invalid";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
