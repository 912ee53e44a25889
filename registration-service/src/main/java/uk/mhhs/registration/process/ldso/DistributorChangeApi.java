package uk.mhhs.registration.process.ldso;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.registration.OperatorAccess;

/**
 * Operators, for a distributor: {@code POST /registration/v1/mpans/{mpan}/distributor-changes} with
 * {@code {"event": "GSPChg", "effectiveFrom": "yyyy-MM-dd", "gspGroupId": "_C"}} (fields per event: README) and
 * header {@code X-REG-Operator-Token}. 200 {@code {mpanCore, event, effectiveFrom, recipients}} once recorded and
 * IF-018 sent; 400/404/422 {@code {code, message, reason}}; 401 without the token.
 */
@RestController
class DistributorChangeApi {

    private final DistributorChanges changes;
    private final OperatorAccess access;

    DistributorChangeApi(DistributorChanges changes, OperatorAccess access) {
        this.changes = changes;
        this.access = access;
    }

    @PostMapping(path = "/registration/v1/mpans/{mpan}/distributor-changes")
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
