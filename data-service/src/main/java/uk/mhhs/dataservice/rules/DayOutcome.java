package uk.mhhs.dataservice.rules;

import java.util.List;
import java.util.Map;

/**
 * The result of validating and estimating one MPAN-day.
 *
 * @param periods        always 48 values, index i = period ending 00:00Z + 30(i+1) min
 * @param warnings       validation and estimation warnings (human readable, one per finding)
 * @param qualityCounts  how many periods carry each quality code
 */
public record DayOutcome(List<PeriodValue> periods, List<String> warnings, Map<String, Integer> qualityCounts) {}
