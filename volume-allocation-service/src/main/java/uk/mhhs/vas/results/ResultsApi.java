package uk.mhhs.vas.results;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;
import java.util.UUID;

/**
 * A run's results, read-only and open like MDS's aggregates: {@code GET /vas/v1/runs/{id}/bm-unit-volumes}
 * (filters {@code gspGroup}, {@code bmUnitId}), {@code /correction-factors} and {@code /supplier-totals} (filter
 * {@code gspGroup}); JSON, or CSV with {@code Accept: text/csv} or the {@code .csv} path.
 */
@RestController
class ResultsApi {

    private static final String RUN = "/vas/v1/runs/{id}";

    private final RunLookup runs;
    private final ResultStreams streams;

    ResultsApi(RunLookup runs, ResultStreams streams) {
        this.runs = runs;
        this.streams = streams;
    }

    @GetMapping(RUN + "/bm-unit-volumes")
    List<BmUnitVolumeView> bmUnitVolumes(@PathVariable UUID id, @RequestParam(required = false) String gspGroup,
                                         @RequestParam(required = false) String bmUnitId) {
        check(id, gspGroup, bmUnitId);
        return streams.list(ResultTables.bmUnitVolumes(id, gspGroup, bmUnitId));
    }

    @GetMapping(path = {RUN + "/bm-unit-volumes", RUN + "/bm-unit-volumes.csv"}, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> bmUnitVolumesCsv(@PathVariable UUID id,
                                                           @RequestParam(required = false) String gspGroup,
                                                           @RequestParam(required = false) String bmUnitId) {
        check(id, gspGroup, bmUnitId);
        return streams.csv(ResultTables.bmUnitVolumes(id, gspGroup, bmUnitId), "bm-unit-volumes-" + id + ".csv");
    }

    @GetMapping(RUN + "/correction-factors")
    List<CorrectionFactorView> correctionFactors(@PathVariable UUID id,
                                                 @RequestParam(required = false) String gspGroup) {
        check(id, gspGroup, null);
        return streams.list(ResultTables.correctionFactors(id, gspGroup));
    }

    @GetMapping(path = {RUN + "/correction-factors", RUN + "/correction-factors.csv"}, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> correctionFactorsCsv(@PathVariable UUID id,
                                                               @RequestParam(required = false) String gspGroup) {
        check(id, gspGroup, null);
        return streams.csv(ResultTables.correctionFactors(id, gspGroup), "correction-factors-" + id + ".csv");
    }

    @GetMapping(RUN + "/supplier-totals")
    List<SupplierTotalView> supplierTotals(@PathVariable UUID id, @RequestParam(required = false) String gspGroup) {
        check(id, gspGroup, null);
        return streams.list(ResultTables.supplierTotals(id, gspGroup));
    }

    @GetMapping(path = {RUN + "/supplier-totals", RUN + "/supplier-totals.csv"}, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> supplierTotalsCsv(@PathVariable UUID id,
                                                            @RequestParam(required = false) String gspGroup) {
        check(id, gspGroup, null);
        return streams.csv(ResultTables.supplierTotals(id, gspGroup), "supplier-totals-" + id + ".csv");
    }

    /** Validates before anything is streamed, so an error is a whole JSON answer, not a broken CSV. */
    private void check(UUID id, String gspGroup, String bmUnitId) {
        RunLookup.checkFilters(gspGroup, bmUnitId);
        runs.require(id);
    }
}
