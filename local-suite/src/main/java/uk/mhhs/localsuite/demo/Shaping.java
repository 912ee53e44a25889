package uk.mhhs.localsuite.demo;

import tools.jackson.databind.JsonNode;
import uk.mhhs.localsuite.services.SuiteService;

import java.time.LocalDate;
import java.util.Map;

/**
 * MDS's intake of the IF-021 (its ECS checks: accepted, accepted with a warning, rejected with IF-014), then LSS's
 * calculation of the date's load shapes (an operator calculation; its daily job would do the same for D-1) and their
 * IF-022 / IF-023 delivered to MDS, which defaults the MPANs without data from them in its run.
 */
public final class Shaping {

    /** MDS's intake outcomes (accepted / warning / rejected → days) and LSS's run. */
    public record Outcome(Map<String, Double> intake, int lssRun, int lssSample, long shapeMessages) {
    }

    private final SuiteClient client;
    private final MessageCounts counts;
    private final Progress progress;

    Shaping(SuiteClient client, MessageCounts counts, Progress progress) {
        this.client = client;
        this.counts = counts;
        this.progress = progress;
    }

    Outcome shape(LocalDate date, Map<String, Double> intakeBefore, long if021) {
        Map<String, Double> intake = progress.phase("MDS: IF-021 intake (ECS checks)", () -> progress.await(
                "MDS to check " + if021 + " IF-021", () -> since(intakeBefore), m -> total(m) >= if021),
                m -> String.format("%,.0f accepted, %,.0f with a warning, %,.0f rejected", m.getOrDefault("accepted", 0.0),
                        m.getOrDefault("warning", 0.0), m.getOrDefault("rejected", 0.0)));
        long if022Before = counts.received(SuiteService.MARKET_WIDE_DATA_SERVICE, "IF-022");
        long if023Before = counts.received(SuiteService.MARKET_WIDE_DATA_SERVICE, "IF-023");
        long gatewayBefore = counts.accepted("IF-022") + counts.accepted("IF-023");
        JsonNode run = progress.phase("LSS: load shape calculation", () -> client.post(
                SuiteService.LOAD_SHAPING_SERVICE, "/lss/v1/calculations?date=" + date, "application/json", null),
                r -> String.format("run %s, sample %,d MPAN-days%s", r.path("run").asString("-"),
                        r.path("sample").asLong(), r.path("reason").isNull() ? "" : " (" + r.path("reason").asString() + ")"));
        long shapes = progress.phase("IF-022/IF-023 delivered to MDS", () -> {
            long published = progress.await("LSS's IF-022 and IF-023 through the gateway",
                    () -> counts.accepted("IF-022") + counts.accepted("IF-023") - gatewayBefore, n -> n >= 2);
            return progress.await("MDS to receive " + published + " IF-022/IF-023", () -> counts.received(
                    SuiteService.MARKET_WIDE_DATA_SERVICE, "IF-022") - if022Before + counts.received(
                    SuiteService.MARKET_WIDE_DATA_SERVICE, "IF-023") - if023Before, n -> n >= published);
        }, n -> String.format("%,d messages", n));
        return new Outcome(intake, run.path("run").asInt(0), run.path("sample").asInt(), shapes);
    }

    Map<String, Double> intakeSoFar() {
        return counts.scrape(SuiteService.MARKET_WIDE_DATA_SERVICE).sumBy("mds_consumption_total", "outcome");
    }

    private Map<String, Double> since(Map<String, Double> before) {
        Map<String, Double> now = new java.util.TreeMap<>(intakeSoFar());
        now.replaceAll((outcome, n) -> n - before.getOrDefault(outcome, 0.0));
        return now;
    }

    private static double total(Map<String, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
