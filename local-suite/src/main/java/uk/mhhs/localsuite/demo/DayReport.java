package uk.mhhs.localsuite.demo;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/** The short report printed after the day: messages, defaults, correction factors, volumes against the take. */
public final class DayReport {

    private DayReport() {
    }

    public static String render(DayResult r) {
        StringBuilder out = new StringBuilder();
        out.append("\nMessages through the gateway (interface: outcome count)\n");
        r.messages().forEach((channel, outcomes) -> {
            out.append(String.format("  %-8s", channel));
            outcomes.forEach((outcome, n) -> out.append(String.format("  %s %,d", outcome, n)));
            out.append('\n');
        });
        JsonNode mds = r.allocation().mdsRun();
        Map<String, Double> intake = r.shaping().intake();
        out.append(String.format("MDS intake: %,.0f IF-021 accepted, %,.0f with a warning, %,.0f rejected (IF-014)%n",
                intake.getOrDefault("accepted", 0.0), intake.getOrDefault("warning", 0.0),
                intake.getOrDefault("rejected", 0.0)));
        out.append(String.format("Defaults applied by MDS (run SF %d): %,d of %,d MPANs (no data service, no data), "
                + "one IF-013 each%n", mds.path("runNumber").asInt(), mds.path("defaultedMpans").asLong(),
                mds.path("mpans").asLong()));
        out.append("\nGSP group  BM units  take/metered  correction factor (min - max)  allocated kWh     take kWh"
                + "          difference\n");
        Map<String, Long> units = DayChecks.bmUnits(r.allocation().bmUnitVolumes());
        Map<String, BigDecimal[]> factorRange = factorRange(r.allocation().correctionFactors());
        Map<String, Map<Integer, BigDecimal>> allocated = DayChecks.allocated(r.allocation().bmUnitVolumes());
        r.allocation().take().forEach((group, periods) -> {
            BigDecimal take = sum(periods);
            BigDecimal alloc = sum(allocated.getOrDefault(group, Map.of()));
            BigDecimal[] f = factorRange.getOrDefault(group, new BigDecimal[] {null, null});
            out.append(String.format("%-10s %8d  %12s  %-30s %16s %16s %10s%n", group, units.getOrDefault(group, 0L),
                    r.allocation().factors().get(group).toPlainString(), f[0] == null ? "undefined"
                            : scale(f[0], 6) + " - " + scale(f[1], 6), alloc.toPlainString(), take.toPlainString(),
                    alloc.subtract(take).toPlainString()));
        });
        out.append('\n');
        for (DayChecks.Check check : r.checks()) {
            out.append(String.format("  [%s] %s: %s%n", check.held() ? "ok" : "FAILED", check.name(), check.detail()));
        }
        out.append(String.format("%nDemo market day %s %s in %.1f s (%,d MPANs, seed %d)%n", r.date(),
                r.completed() ? "completed" : "did NOT complete", r.seconds(), r.market().size(), r.seed()));
        return out.toString();
    }

    private static Map<String, BigDecimal[]> factorRange(JsonNode factors) {
        Map<String, BigDecimal[]> range = new TreeMap<>();
        for (JsonNode f : factors) {
            if (f.path("factor").isNull() || f.path("factor").isMissingNode()) {
                continue;
            }
            BigDecimal v = f.path("factor").decimalValue();
            range.merge(f.path("gspGroup").asString(), new BigDecimal[] {v, v},
                    (a, b) -> new BigDecimal[] {a[0].min(b[0]), a[1].max(b[1])});
        }
        return range;
    }

    private static BigDecimal sum(Map<Integer, BigDecimal> periods) {
        return periods.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String scale(BigDecimal v, int places) {
        return v.setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
