package uk.mhhs.registration.process.css;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.registration.RegError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The Central Switching Service stand-in's input (operators / a CSS adapter, header {@code X-REG-Operator-Token}):
 * <ul>
 * <li>{@code POST /registration/v1/css/registrations}
 *     {@code {"registrationId","mpanCore","supplierDipId","supplierMpid","supplyStartDate":"yyyy-MM-dd"}}: a
 *     registration secured; 201 (200 if the same registration was already held);</li>
 * <li>{@code POST /registration/v1/css/registrations/{id}/withdrawal}: withdrawn before its supply start date;
 *     200.</li>
 * </ul>
 * Errors: 400 REG0000 / REG9011 (malformed), 404 REG0000 (MPAN not registered), 404 REG0005 (no such secured
 * registration), 409 REG9004 / REG0006, 422 REG1078 / REG1024; nothing changes.
 */
@RestController
@RequestMapping("/registration/v1/css/registrations")
class CssApi {

    /** The request body of a secured registration. */
    record SecuredRegistration(String registrationId, String mpanCore, String supplierDipId, String supplierMpid,
                               String supplyStartDate) {
    }

    private final Switches switches;

    CssApi(Switches switches) {
        this.switches = switches;
    }

    @PostMapping
    ResponseEntity<?> secured(@RequestBody SecuredRegistration body) {
        try {
            if (body.registrationId() == null || body.registrationId().isBlank()
                    || body.registrationId().length() > 36) {
                throw new Rejected("REG9011", "registrationId is required, at most 36 characters");
            }
            if (body.supplierDipId() == null || body.supplierMpid() == null || body.supplyStartDate() == null) {
                throw new Rejected("REG9011", "supplierDipId, supplierMpid and supplyStartDate are required");
            }
            LocalDate ssd;
            try {
                ssd = LocalDate.parse(body.supplyStartDate());
            } catch (DateTimeParseException e) {
                throw new Rejected("REG9011", "supplyStartDate \"" + body.supplyStartDate() + "\" is not yyyy-MM-dd");
            }
            boolean created = switches.secured(new Switches.Registration(body.registrationId(),
                    Switches.validMpan(body.mpanCore()), body.supplierDipId(), body.supplierMpid(), ssd));
            return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(Map.of("registrationId", body.registrationId(), "status", "SECURED"));
        } catch (Rejected r) {
            return error(r);
        }
    }

    @PostMapping("/{id}/withdrawal")
    ResponseEntity<?> withdrawn(@PathVariable String id) {
        try {
            switches.withdrawn(id);
            return ResponseEntity.ok(Map.of("registrationId", id, "status", "WITHDRAWN"));
        } catch (Rejected r) {
            return error(r);
        }
    }

    private static ResponseEntity<RegError> error(Rejected r) {
        HttpStatus status = switch (r.code()) {
            case "REG0005" -> HttpStatus.NOT_FOUND;
            case "REG0000" -> r.reason().contains("not registered") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
            case "REG9011" -> HttpStatus.BAD_REQUEST;
            case "REG9004", "REG0006" -> HttpStatus.CONFLICT;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(RegError.of(r.code(), r.reason()));
    }
}
