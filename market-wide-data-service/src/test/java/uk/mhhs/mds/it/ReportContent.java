package uk.mhhs.mds.it;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

/** A REP report as the tests read it: the decompressed content of {@code P03.compressedReport} and its parts. */
final class ReportContent {

    private static final JsonMapper JSON = JsonMapper.shared();

    private ReportContent() {
    }

    /** The report's content: base64 of gzip of JSON in {@code P03.compressedReport}. */
    static JsonNode of(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        String base64 = JSON.readTree(record.value()).path("payload").path("CustomBlock").path("P03")
                .path("compressedReport").asString();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                java.util.Base64.getDecoder().decode(base64)))) {
            return JSON.readTree(in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether the content is the report of {@code gsp}, {@code day} and run {@code runNumber}. */
    static boolean isReportOf(JsonNode content, String gsp, LocalDate day, int runNumber) {
        return gsp.equals(content.path("R013").path("GSPGroupID").asString())
                && day.toString().equals(content.path("R002").path("settlementDate").asString())
                && content.path("R002").path("runNumber").asInt() == runNumber;
    }

    /** Period {@code index} (0-based) of a class: {@code "period MSIDCount consumption losses"}. */
    static String period(JsonNode r003, int index) {
        JsonNode p = r003.path("REP006-R033").path(index);
        return p.path("settlementPeriod").asInt() + " " + p.path("MSIDCount").asInt() + " "
                + p.path("uncorrectedBMUnitPeriodLevelConsumption").asString() + " "
                + p.path("uncorrectedBMUnitPeriodLevelConsumptionLosses").asString();
    }

    /** A class's day totals: {@code "consumption losses"}. */
    static String daily(JsonNode r003) {
        JsonNode d = r003.path("R034");
        return d.path("dailyUncorrectedBMUnitPeriodLevelConsumption").asString() + " "
                + d.path("dailyBMUnitPeriodLevelConsumptionLosses").asString();
    }
}
