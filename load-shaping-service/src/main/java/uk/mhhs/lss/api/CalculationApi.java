package uk.mhhs.lss.api;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.dipclient.access.OperatorToken;
import uk.mhhs.lss.LssProperties;
import uk.mhhs.lss.calculation.ShapeCalculation;
import uk.mhhs.lss.calculation.ShapeStore;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /lss/v1/calculations?date=yyyy-MM-dd} (operators, {@code X-LSS-Operator-Token}): calculates the date now
 * (a new run only when it has none or its sample moved enough), answering {@code {"date", "run", "sample",
 * "reason"}}; {@code GET /lss/v1/runs?date=} lists a date's runs.
 */
@RestController
class CalculationApi {

    static final String HEADER = "X-LSS-Operator-Token";

    private final ShapeCalculation calculation;
    private final ShapeStore store;
    private final OperatorToken token;

    CalculationApi(ShapeCalculation calculation, ShapeStore store, LssProperties properties) {
        this.calculation = calculation;
        this.store = store;
        this.token = OperatorToken.of(properties.operatorToken());
    }

    @PostMapping("/lss/v1/calculations")
    ResponseEntity<?> calculate(@RequestHeader(value = HEADER, required = false) String given,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if (!token.accepts(given)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error",
                    "operator token missing or wrong: send mhhs.lss.operator-token in " + HEADER));
        }
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
