package uk.mhhs.lss.api;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.lss.calculation.ShapeCalculation;
import uk.mhhs.lss.calculation.ShapeStore;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /lss/v1/calculations?date=yyyy-MM-dd} (operators; the kit's access filter checks the token): calculates the date now
 * (a new run only when it has none or its sample moved enough), answering {@code {"date", "run", "sample",
 * "reason"}}; {@code GET /lss/v1/runs?date=} lists a date's runs.
 */
@RestController
class CalculationApi {

    private final ShapeCalculation calculation;
    private final ShapeStore store;
    CalculationApi(ShapeCalculation calculation, ShapeStore store) {
        this.calculation = calculation;
        this.store = store;
    }

    @PostMapping("/lss/v1/calculations")
    ResponseEntity<?> calculate(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        ShapeCalculation.Outcome outcome = calculation.calculate(date);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date.toString());
        body.put("run", outcome.run().orElse(null));
        body.put("sample", outcome.sample());
        body.put("reason", outcome.reason());
        return ResponseEntity.ok(body);
    }

    @GetMapping("/lss/v1/runs")
    Map<String, Object> runs(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return Map.of("date", date.toString(), "runs", store.runs(date));
    }
}
