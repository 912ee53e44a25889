package uk.mhhs.registration.process.segment;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.registration.OperatorAccess;
import uk.mhhs.registration.process.ldso.ChangeRequest;
import uk.mhhs.registration.process.ldso.RefusedChange;

/**
 * Operators: {@code POST /registration/v1/mpans/{mpan}/segment-changes} with
 * {@code {"marketSegment": "A", "connectionType": null, "effectiveFrom": "yyyy-MM-dd"}} and header
 * {@code X-REG-Operator-Token}. 200 {@code {mpanCore, effectiveFrom, marketSegment, connectionType, sent,
 * activatedRequests}}; 400/404/422 {@code {code, message, reason}}; 401 without the token.
 */
@RestController
class SegmentChangeApi {

    private final SegmentChanges changes;
    private final OperatorAccess access;

    SegmentChangeApi(SegmentChanges changes, OperatorAccess access) {
        this.changes = changes;
        this.access = access;
    }

    @PostMapping(path = "/registration/v1/mpans/{mpan}/segment-changes")
    ResponseEntity<?> change(@RequestHeader(value = OperatorAccess.HEADER, required = false) String token,
                             @PathVariable String mpan, @RequestBody(required = false) String body) {
        var refused = access.refuse(token);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            return ResponseEntity.ok(changes.apply(mpan, ChangeRequest.parse(body)));
        } catch (RefusedChange e) {
            return ResponseEntity.status(e.status()).body(e.error());
        }
    }
}
