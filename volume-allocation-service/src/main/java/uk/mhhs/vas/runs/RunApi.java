package uk.mhhs.vas.runs;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Operators' runs API. {@code POST /vas/v1/runs} {settlementDate, runType, reason?} asks for a run (202; a re-run of a
 * date and type gets the next number; DR needs a reason); {@code POST /vas/v1/runs/{id}/cancel} and {@code /retry}
 * (a FAILED run only) move one on; these need the operator role. {@code GET /vas/v1/runs?settlementDate=}
 * and {@code GET /vas/v1/runs/{id}} read them (read-only role; tokens are checked by the kit's access filter,
 * VasAccess). Errors are {@code {"error": "..."}}: 401/403 token, 400 bad date or type, 404 unknown run, 409 a
 * transition the state machine refuses or a concurrent change.
 */
@RestController
class RunApi {

    private final RunRequests requests;
    private final RunRepository runs;
    RunApi(RunRequests requests, RunRepository runs) {
        this.requests = requests;
        this.runs = runs;
    }

    /** The body of a run request. */
    record Request(String settlementDate, String runType, String reason) {
    }

    @PostMapping("/vas/v1/runs")
    ResponseEntity<?> request(@RequestBody Request body) {
        RunRequestInput input = RunRequestInput.parse(body.settlementDate(), body.runType());
        String reason = body.reason() == null || body.reason().length() <= 500 ? body.reason()
                : reject("reason is longer than 500 characters");
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(RunView.of(requests.request(input.settlementDate(),
                input.runType(), RunTrigger.OPERATOR, "operator", reason)));
    }

    @GetMapping("/vas/v1/runs")
    List<RunView> ofDate(@RequestParam String settlementDate) {
        return runs.findBySettlementDate(RunRequestInput.date(settlementDate)).stream().map(RunView::of).toList();
    }

    @GetMapping("/vas/v1/runs/{id}")
    RunView one(@PathVariable UUID id) {
        return RunView.of(requests.find(id));
    }

    @PostMapping("/vas/v1/runs/{id}/cancel")
    ResponseEntity<?> cancel(@PathVariable UUID id) {
        return ResponseEntity.ok(RunView.of(requests.cancel(id, "operator")));
    }

    @PostMapping("/vas/v1/runs/{id}/retry")
    ResponseEntity<?> retry(@PathVariable UUID id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(RunView.of(requests.retry(id, "operator")));
    }

    private static String reject(String message) {
        throw new IllegalArgumentException(message);
    }

    @ExceptionHandler({IllegalArgumentException.class, HttpMessageNotReadableException.class,
            MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, String>> badRequest(Exception e) {
        String message = e instanceof IllegalArgumentException ? e.getMessage()
                : e instanceof MethodArgumentTypeMismatchException m ? m.getName() + " is not valid: " + m.getValue()
                : e instanceof MissingServletRequestParameterException m ? m.getParameterName() + " is required"
                : "the body must be JSON {settlementDate, runType, reason?}";
        return error(HttpStatus.BAD_REQUEST, message);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalRunTransition.class)
    ResponseEntity<Map<String, String>> conflict(IllegalRunTransition e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Map<String, String>> concurrent(OptimisticLockingFailureException e) {
        return error(HttpStatus.CONFLICT, "the run was changed at the same time (by a worker or another operator);"
                + " read it again and retry");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
