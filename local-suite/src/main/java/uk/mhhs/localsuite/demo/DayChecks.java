package uk.mhhs.localsuite.demo;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What must hold once the day is settled: every GSP group's allocated BM unit volumes add up, in every period, to the
 * GSP Group Take uploaded — to the rounding of the results API (each volume to 3 dp, so at most 0.0005 kWh per BM
 * unit summed) — and every correction factor is defined.
 */
public final class DayChecks {

    /** One check: what, whether it held, the detail. */
    public record Check(String name, boolean held, String detail) {
    }

    private DayChecks() {
    }

    /** group → period → Σ corrected volume over the group's BM units (3 dp each, as the API gives them). */
    public static Map<String, Map<Integer, BigDecimal>> allocated(JsonNode volumes) {
        return Allocating.byGroupAndPeriod(volumes, "corrected");
    }

    /** group → number of BM units with volumes. */
    public static Map<String, Long> bmUnits(JsonNode volumes) {
        Map<String, java.util.Set<String>> units = new TreeMap<>();
        for (JsonNode v : volumes) {
            units.computeIfAbsent(v.path("gspGroup").asString(), g -> new java.util.TreeSet<>())
                    .add(v.path("bmUnitId").asString());
        }
        Map<String, Long> counts = new TreeMap<>();
        units.forEach((g, set) -> counts.put(g, (long) set.size()));
        return counts;
    }

    public static List<Check> check(Map<String, Map<Integer, BigDecimal>> take, JsonNode volumes, JsonNode factors) {
        List<Check> checks = new ArrayList<>();
        Map<String, Map<Integer, BigDecimal>> allocated = allocated(volumes);
        Map<String, Long> units = bmUnits(volumes);
        List<String> off = new ArrayList<>();
        BigDecimal worst = BigDecimal.ZERO;
        for (var group : take.entrySet()) {
            BigDecimal tolerance = new BigDecimal("0.0005").multiply(BigDecimal.valueOf(units.getOrDefault(group.getKey(), 0L)));
            for (var period : group.getValue().entrySet()) {
                BigDecimal sum = allocated.getOrDefault(group.getKey(), Map.of()).getOrDefault(period.getKey(), BigDecimal.ZERO);
                BigDecimal difference = sum.subtract(period.getValue()).abs();
                worst = worst.max(difference);
                if (difference.compareTo(tolerance) > 0) {
                    off.add(group.getKey() + " SP" + period.getKey() + ": " + sum + " ≠ " + period.getValue());
                }
            }
        }
        checks.add(new Check("BM unit volumes add up to the GSP Group Take", off.isEmpty(), off.isEmpty()
                ? "every group and period, largest difference " + worst.toPlainString() + " kWh (volumes at 3 dp)"
                : off.size() + " group-periods off, e.g. " + off.subList(0, Math.min(3, off.size()))));
        long undefined = 0;
        for (JsonNode f : factors) {
            undefined += f.path("factor").isNull() || f.path("factor").isMissingNode() ? 1 : 0;
        }
        checks.add(new Check("every correction factor defined", undefined == 0 && factors.size() > 0,
                factors.size() + " factors, " + undefined + " undefined"));
        return checks;
    }
}
