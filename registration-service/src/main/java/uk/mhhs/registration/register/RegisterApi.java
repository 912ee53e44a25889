package uk.mhhs.registration.register;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.registration.RegError;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code GET /registration/v1/mpans/{mpan}?asAt=} (everything held, as at a date) and
 * {@code GET /registration/v1/mpans/{mpan}/parties?date=} (supplier, MS, DS; the gateway's routing lookup).
 * Dates default to today in UK local time. 400 REG0000 for a malformed MPAN or wrong check digit, 404 REG0000 for an
 * MPAN the register does not hold.
 */
@RestController
@RequestMapping("/registration/v1/mpans/{mpan}")
class RegisterApi {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final RegisterLookup lookup;
    private final Clock clock;

    RegisterApi(RegisterLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<?> asAt(@PathVariable String mpan,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt) {
        if (!MpanCore.isValid(mpan)) {
            return invalid(mpan);
        }
        return lookup.asAt(MpanCore.of(mpan), orToday(asAt)).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notRegistered(mpan));
    }

    @GetMapping("/parties")
    ResponseEntity<?> parties(@PathVariable String mpan,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if (!MpanCore.isValid(mpan)) {
            return invalid(mpan);
        }
        return lookup.parties(MpanCore.of(mpan), orToday(date)).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notRegistered(mpan));
    }

    private LocalDate orToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock.withZone(UK));
    }

    private static ResponseEntity<RegError> invalid(String mpan) {
        String reason;
        try {
            MpanCore.of(mpan);
            reason = "MPAN core is invalid";
        } catch (RuntimeException e) {
            reason = e.getMessage();
        }
        return ResponseEntity.badRequest().body(RegError.of("REG0000", reason));
    }

    private static ResponseEntity<RegError> notRegistered(String mpan) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(RegError.of("REG0000", "MPAN core " + mpan + " is not registered"));
    }
}
