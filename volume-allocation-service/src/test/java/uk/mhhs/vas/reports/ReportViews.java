package uk.mhhs.vas.reports;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/** A report as the tests read it: the decompressed content of {@code P03.compressedReport} and typed views of its parts. */
final class ReportViews {

    private ReportViews() {
    }

    /** The content of a CustomBlock {@code {"P03":{"compressedReport": base64(gzip(JSON))}}}. */
    static JsonNode content(JsonNode customBlock) {
        String base64 = customBlock.path("P03").path("compressedReport").asString();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
            return JsonMapper.shared().readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The REP-003(A) BM unit {@code bmUnit} of the content, or a missing node. */
    static JsonNode unit(JsonNode content, String prefix, String bmUnit) {
        for (JsonNode supplier : content.path(prefix + "-R015").values()) {
            for (JsonNode unit : supplier.path(prefix + "-R016").values()) {
                if (bmUnit.equals(unit.path("R016").path("BMUnitID").asString())) {
                    return unit;
                }
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    /** A REP-003(A) unit's class {@code ccc} (R017 or R020 by its ID). */
    static JsonNode classOf(JsonNode unit, String prefix, int ccc) {
        String array = prefix + ("REP003".equals(prefix) ? "-R017" : "-R020");
        return StreamSupport.stream(unit.path(array).spliterator(), false)
                .filter(c -> c.path("R017").path("consumptionComponentClassID").asInt(
                        c.path("R020").path("CCCID").asInt()) == ccc).findFirst().orElseThrow();
    }

    /** A class's period {@code index} (0-based): "period uncorrected losses corrected correctedLosses". */
    static String period(JsonNode classNode, String prefix, int index) {
        JsonNode p = classNode.path(prefix + "-R018").path(index);
        return p.path("settlementPeriod").asInt() + " " + text(p, "uncorrectedBMUnitPeriodLevelConsumption") + " "
                + text(p, "uncorrectedBMUnitPeriodLevelConsumptionLosses") + " "
                + text(p, "correctedComponentConsumption") + " " + text(p, "correctedComponentLosses");
    }

    /** A class's R019: "consumption losses corrected correctedLosses". */
    static String daily(JsonNode classNode) {
        JsonNode d = classNode.path("R019");
        return text(d, "dailyBMUnitPeriodLevelConsumption") + " " + text(d, "dailyBMUnitPeriodLevelConsumptionLosses")
                + " " + text(d, "dailyCorrectedComponent") + " " + text(d, "dailyCorrectedComponentLosses");
    }

    /** A unit's R021: "uncorrected allocated MSIDs". */
    static String unitDaily(JsonNode unit) {
        JsonNode d = unit.path("R021");
        return text(d, "dailyUncorrectedPeriodBMUnitTotalAllocatedVolume") + " "
                + text(d, "dailyPeriodBMUnitTotalAllocatedVolume") + " " + d.path("dailyBMUnitMSIDCount").asInt();
    }

    /** R024 entry {@code index}: "period import export". */
    static String factor(JsonNode content, String prefix, int index) {
        JsonNode f = content.path(prefix + "-R024").path(index);
        return f.path("settlementPeriodID").asInt() + " " + f.path("groupCorrectionFactorImport").asString() + " "
                + f.path("groupCorrectionFactorExport").asString();
    }

    /** The supplier MPIDs of a REP-003(A) / REP-006 content in order. */
    static List<String> suppliers(JsonNode content, String prefix) {
        return content.path(prefix + "-R015").values().stream()
                .map(s -> s.path("R015").path("supplierMPID").asString()).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() ? "null" : v.asString();
    }
}
