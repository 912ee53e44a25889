package uk.mhhs.vas.calculation;

/**
 * What a run's calculation stored.
 *
 * @param gspGroups         GSP groups corrected
 * @param correctionFactors correction factor rows (GSP group × period)
 * @param bmUnitVolumes     BM unit volume rows (BM unit × period)
 * @param exceptions        correction factors that are exceptions (undefined, or outside the band)
 */
public record AllocationOutcome(int gspGroups, int correctionFactors, int bmUnitVolumes, int exceptions) {
}
