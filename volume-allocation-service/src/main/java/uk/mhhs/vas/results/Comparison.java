package uk.mhhs.vas.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * How run {@code runId} differs from run {@code withRunId} of the same settlement date: "before" is the other run,
 * "after" this one, difference = after − before (kWh to 3 dp). Only BM unit periods whose BMUADV differs at 3 dp are
 * listed, each with the inputs that moved: the changed aggregate kWh of its classes and its GSP group's GSPGT change.
 * Weights are per run, not per BM unit, so their changes are listed once.
 *
 * @param totals  Σ BMUADV of each whole run
 * @param changes the changed BM unit periods, by GSP group, BM unit and period
 * @param weights the classes whose scaling weight differs between the runs
 */
public record Comparison(UUID runId, UUID withRunId, Change totals, List<ChangedVolume> changes,
                         List<WeightChange> weights) {

    /** Before, after and their difference; before or after is null where that run has no value. */
    public record Change(BigDecimal before, BigDecimal after, BigDecimal difference) {

        static Change of(BigDecimal before, BigDecimal after) {
            BigDecimal difference = (after == null ? BigDecimal.ZERO : after)
                    .subtract(before == null ? BigDecimal.ZERO : before);
            return new Change(Rounding.kwh(before), Rounding.kwh(after), Rounding.kwh(difference));
        }
    }

    /**
     * A BM unit period whose allocated volume changed.
     *
     * @param volume       its BMUADV
     * @param classes      aggregate kWh (as MDS sent it, unsigned) per class that changed
     * @param gspGroupTake its GSP group's GSPGT for the period, when that changed; else null
     */
    public record ChangedVolume(String gspGroup, String supplierMpid, String bmUnitId, int period, Change volume,
                                List<ClassChange> classes, Change gspGroupTake) {
    }

    /** A class's aggregate kWh change in one BM unit period. */
    public record ClassChange(int cccId, Change kwh) {
    }

    /** A class's scaling weight in each run (null where that run's ISD had no such class). */
    public record WeightChange(int cccId, BigDecimal before, BigDecimal after) {
    }
}
