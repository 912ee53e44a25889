package uk.mhhs.vas.calculation;

import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.reference.AllocationReference;

import java.util.function.Consumer;

/**
 * The GSP Group Correction of one run: reads the run's aggregate set and GSP Group Take version, and stores a correction
 * factor per GSP group and period ({@code correction_factor}) and a BM Unit Allocated Demand Volume per BM unit and
 * period ({@code bm_unit_volume}), in the caller's transaction.
 */
public interface VolumeAllocation {

    /**
     * @param progress told a short line as each GSP group is done, e.g. {@code "calculated 3/14 GSP groups"}
     * @throws AllocationException when the inputs cannot be allocated at all (e.g. a class ISD does not know)
     */
    AllocationOutcome allocate(RunContext run, AllocationReference reference, Consumer<String> progress);
}
