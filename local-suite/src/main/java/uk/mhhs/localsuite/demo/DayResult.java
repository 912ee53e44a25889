package uk.mhhs.localsuite.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the demo day did and found, for the report and for tests that check it independently.
 *
 * @param messages gateway messages during the day: interface → outcome (accepted / rejected / refused) → count
 */
public record DayResult(LocalDate date, long seed, List<SyntheticMpan> market, List<MeterReadings.Day> readings,
                        Registering.Outcome registration, Reading.Outcome reading, Shaping.Outcome shaping,
                        Allocating.Outcome allocation, Map<String, Map<String, Long>> messages,
                        List<DayChecks.Check> checks, List<Progress.Phase> phases, double seconds) {

    /** The day completed and every check held. */
    public boolean completed() {
        return checks.stream().allMatch(DayChecks.Check::held);
    }

    public Allocating.Outcome allocation() {
        return allocation;
    }
}
