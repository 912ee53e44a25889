package uk.mhhs.systemtests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Typed views of what VAS's and MDS's read APIs answer (only the fields the scenarios assert). */
final class VasResults {

    private VasResults() {
    }

    record Run(UUID id, LocalDate settlementDate, String runType, int runNumber, String state, int periods,
               Inputs inputs, String failure) {
    }

    record Inputs(UUID aggregateSetId, Long gspGroupTakeId, Integer isdVersion) {
    }

    /** One BM unit's allocated demand volume in a period (kWh, 3 dp). */
    record BmUnitVolume(String gspGroup, String supplierMpid, String bmUnitId, int period, BigDecimal uncorrected,
                        BigDecimal corrected, int mpans) {
    }

    /** A GSP group's correction factor in a period (factor 10 dp). */
    record CorrectionFactor(String gspGroup, int period, BigDecimal gspGroupTake, BigDecimal uncorrected,
                            BigDecimal weighted, BigDecimal factor, String exception) {
    }

    /** {@code /compare}: the BM unit periods whose volume changed, what moved them, and the run totals. */
    record Comparison(UUID runId, UUID withRunId, Change totals, List<ChangedVolume> changes,
                      List<WeightChange> weights) {
    }

    record Change(BigDecimal before, BigDecimal after, BigDecimal difference) {
    }

    record ChangedVolume(String gspGroup, String supplierMpid, String bmUnitId, int period, Change volume,
                         List<ClassChange> classes, Change gspGroupTake) {
    }

    record ClassChange(int cccId, Change kwh) {
    }

    record WeightChange(int cccId, BigDecimal before, BigDecimal after) {
    }

    /** MDS's run answer and one row of its aggregates (uncorrected kWh per supplier, BM unit, class, period). */
    record MdsRun(UUID id, int runNumber, int periods, int mpans, int defaultedMpans, int aggregates) {
    }

    record MdsAggregate(String supplierMpid, String bmUnitId, String gspGroup, int cccId, int period, BigDecimal kwh,
                        int mpans) {
    }
}
