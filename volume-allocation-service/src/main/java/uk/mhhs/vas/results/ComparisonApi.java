package uk.mhhs.vas.results;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * {@code GET /vas/v1/runs/{id}/compare?with={otherId}}: how run {@code id} differs from run {@code otherId} of the same
 * settlement date ({@link Comparison}); JSON, or the changed BM unit periods as CSV ({@code Accept: text/csv} or the
 * {@code .csv} path).
 */
@RestController
class ComparisonApi {

    private static final String COMPARE = "/vas/v1/runs/{id}/compare";

    private final RunLookup runs;
    private final RunComparison comparison;

    ComparisonApi(RunLookup runs, RunComparison comparison) {
        this.runs = runs;
        this.comparison = comparison;
    }

    @GetMapping(COMPARE)
    Comparison compare(@PathVariable UUID id, @RequestParam UUID with) {
        RunLookup.RunInputs run = runs.require(id);
        RunLookup.RunInputs other = runs.require(with);
        if (!run.settlementDate().equals(other.settlementDate())) {
            throw new BadResultRequestException("runs " + id + " (" + run.settlementDate() + ") and " + with + " ("
                    + other.settlementDate() + ") settle different dates");
        }
        return comparison.compare(run, other);
    }

    @GetMapping(path = {COMPARE, COMPARE + ".csv"}, produces = "text/csv")
    ResponseEntity<String> compareCsv(@PathVariable UUID id, @RequestParam UUID with) {
        return ResponseEntity.ok().contentType(ResultStreams.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"compare-" + id + ".csv\"")
                .body(ComparisonCsv.of(compare(id, with)));
    }
}
