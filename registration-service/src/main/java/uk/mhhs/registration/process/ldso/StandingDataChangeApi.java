package uk.mhhs.registration.process.ldso;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.registration.process.segment.SegmentChanges;

import java.util.function.Supplier;

/**
 * Operators' changes to an MPAN's standing data (header {@code X-REG-Operator-Token}; 401 without it; refusals
 * 400/404/422 {@code {code, message, reason}}, nothing changed):
 * <ul>
 * <li>{@code POST /registration/v1/mpans/{mpan}/distributor-changes} with
 *     {@code {"event": "GSPChg", "effectiveFrom": "yyyy-MM-dd", "gspGroupId": "_C"}} (fields per event: README):
 *     200 {@code {mpanCore, event, effectiveFrom, recipients}} once recorded and IF-018 sent;</li>
 * <li>{@code POST /registration/v1/mpans/{mpan}/segment-changes} with
 *     {@code {"marketSegment": "A", "connectionType": null, "effectiveFrom": "yyyy-MM-dd"}}: 200
 *     {@code {mpanCore, effectiveFrom, marketSegment, connectionType, sent, activatedRequests}} once recorded,
 *     IF-044 / IF-043 sent and accepted SEG appointments made effective.</li>
 * </ul>
 */
@RestController
class StandingDataChangeApi {

    private final DistributorChanges distributorChanges;
    private final SegmentChanges segmentChanges;

    StandingDataChangeApi(DistributorChanges distributorChanges, SegmentChanges segmentChanges) {
        this.distributorChanges = distributorChanges;
        this.segmentChanges = segmentChanges;
    }

    @PostMapping(path = "/registration/v1/mpans/{mpan}/distributor-changes")
    ResponseEntity<?> distributorChange(@PathVariable String mpan, @RequestBody(required = false) String body) {
        return run(() -> distributorChanges.apply(mpan, ChangeRequest.parse(body)));
    }

    @PostMapping(path = "/registration/v1/mpans/{mpan}/segment-changes")
    ResponseEntity<?> segmentChange(@PathVariable String mpan, @RequestBody(required = false) String body) {
        return run(() -> segmentChanges.apply(mpan, ChangeRequest.parse(body)));
    }

    private ResponseEntity<?> run(Supplier<Object> change) {
        try {
            return ResponseEntity.ok(change.get());
        } catch (RefusedChange e) {
            return ResponseEntity.status(e.status()).body(e.error());
        }
    }
}
