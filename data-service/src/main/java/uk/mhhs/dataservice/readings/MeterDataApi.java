package uk.mhhs.dataservice.readings;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code POST /data-service/v1/meter-data} (header {@code X-DS-Operator-Token}: the meter-reading collection is an
 * internal system, not a DIP participant): 202 {@code {"rows", "days"}} when the batch is stored whole, 422
 * {@code {"problems": [{"row", "code", "reason"}]}} when any row is wrong (nothing stored).
 */
@RestController
class MeterDataApi {

    private final MeterDataIntake intake;

    MeterDataApi(MeterDataIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/data-service/v1/meter-data")
    ResponseEntity<?> post(@RequestBody MeterDataBatch batch) {
        MeterDataIntake.Outcome outcome = intake.take(batch);
        if (!outcome.accepted()) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("problems", outcome.problems()));
        }
        return ResponseEntity.accepted().body(Map.of("rows", outcome.rows(), "days", outcome.days()));
    }
}
