package uk.mhhs.localsuite.demo;

import tools.jackson.databind.JsonNode;
import uk.mhhs.common.party.GspGroup;
import uk.mhhs.common.time.SettlementCalendar;
import uk.mhhs.localsuite.services.SuiteService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settles the day: an MDS run (SF) to see the metered totals (defaults applied), a GSP Group Take a few percent above
 * them uploaded to VAS, a VAS run (SF; VAS asks MDS for its own run) awaited until published, and its results.
 */
public final class Allocating {

    /** group → period → kWh. */
    public static Map<String, Map<Integer, BigDecimal>> byGroupAndPeriod(JsonNode rows, String value) {
        Map<String, Map<Integer, BigDecimal>> sums = new TreeMap<>();
        for (JsonNode row : rows) {
            if (row.path(value).isNull() || row.path(value).isMissingNode()) {
                continue;
            }
            sums.computeIfAbsent(row.path("gspGroup").asString(), g -> new TreeMap<>())
                    .merge(row.path("period").asInt(), row.path(value).decimalValue(), BigDecimal::add);
        }
        return sums;
    }

    /** What the day settled to. */
    public record Outcome(JsonNode mdsRun, JsonNode mdsAggregates, Map<String, Map<Integer, BigDecimal>> metered,
                          Map<String, BigDecimal> factors,
                   Map<String, Map<Integer, BigDecimal>> take, JsonNode vasRun, JsonNode correctionFactors,
                   JsonNode bmUnitVolumes) {
    }

    private final SuiteClient client;
    private final Progress progress;

    Allocating(SuiteClient client, Progress progress) {
        this.client = client;
        this.progress = progress;
    }

    Outcome allocate(LocalDate date, long seed) {
        JsonNode mdsRun = progress.phase("MDS: run SF (defaults, losses, aggregation)", () -> client.post(
                SuiteService.MARKET_WIDE_DATA_SERVICE, "/mds/v1/runs?settlementDate=" + date + "&runType=SF",
                "application/json", null), r -> String.format("run %d: %,d MPANs, %,d defaulted, %,d aggregates",
                r.path("runNumber").asInt(), r.path("mpans").asLong(), r.path("defaultedMpans").asLong(),
                r.path("aggregates").asLong()));
        JsonNode aggregates = client.get(SuiteService.MARKET_WIDE_DATA_SERVICE,
                "/mds/v1/runs/" + mdsRun.path("id").asString() + "/aggregates");
        Map<String, Map<Integer, BigDecimal>> metered = byGroupAndPeriod(aggregates, "kwh");
        Map<String, BigDecimal> factors = GspGroupTake.factors(Arrays.stream(GspGroup.values()).map(GspGroup::code)
                .toList(), seed);
        int periods = SettlementCalendar.periodCount(date);
        for (GspGroup group : GspGroup.values()) { // a group or period without consumption still has a take (0)
            for (int p = 1; p <= periods; p++) {
                metered.computeIfAbsent(group.code(), g -> new TreeMap<>()).putIfAbsent(p, BigDecimal.ZERO);
            }
        }
        Map<String, Map<Integer, BigDecimal>> take = GspGroupTake.take(metered, factors);
        progress.phase("VAS: GSP Group Take upload", () -> client.post(SuiteService.VOLUME_ALLOCATION_SERVICE,
                "/vas/v1/gsp-group-take?fileName=demo-take-" + date + ".csv", "text/csv", GspGroupTake.csv(date, take)),
                r -> String.format("version %d: %,d rows, %s kWh", r.path("version").asInt(), r.path("rows").asLong(),
                        r.path("totalKwh").asString()));
        JsonNode requested = client.post(SuiteService.VOLUME_ALLOCATION_SERVICE, "/vas/v1/runs", "application/json",
                "{\"settlementDate\":\"" + date + "\",\"runType\":\"SF\",\"reason\":\"demo market day\"}");
        String id = requested.path("id").asString();
        JsonNode vasRun = progress.phase("VAS: run SF", () -> progress.await("VAS run " + id + " to be published",
                () -> client.get(SuiteService.VOLUME_ALLOCATION_SERVICE, "/vas/v1/runs/" + id), r -> {
                    String state = r.path("state").asString();
                    if (state.equals("FAILED") || state.equals("CANCELLED")) {
                        throw new DemoFailure("VAS run " + id + " " + state + ": " + r.path("failure"));
                    }
                    return state.equals("PUBLISHED");
                }), r -> String.format("run %d %s (%s)", r.path("runNumber").asInt(), r.path("state").asString(),
                r.path("progress").asString("")));
        JsonNode factorsFound = client.get(SuiteService.VOLUME_ALLOCATION_SERVICE, "/vas/v1/runs/" + id
                + "/correction-factors");
        JsonNode volumes = client.get(SuiteService.VOLUME_ALLOCATION_SERVICE, "/vas/v1/runs/" + id + "/bm-unit-volumes");
        return new Outcome(mdsRun, aggregates, metered, factors, take, vasRun, factorsFound, volumes);
    }
}
