package uk.mhhs.mds.reports;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.dipclient.reports.CompressedReport;
import uk.mhhs.dipclient.reports.Rep006Writer;
import uk.mhhs.dipclient.reports.ReportAggregate;
import uk.mhhs.dipclient.reports.ReportBlocks;
import uk.mhhs.dipclient.reports.ReportClass;
import uk.mhhs.dipclient.reports.ReportClasses;
import uk.mhhs.mds.rules.ConsumptionComponentClasses;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The content of one REP-006 from a run's aggregate rows of a GSP group: the kit's {@link Rep006Writer} (shared with
 * VAS, which re-sends REP-006 per supplier), fed with MDS's classes and its rows in (supplier, BM unit) order.
 */
final class Rep006Content {

    private static final Comparator<ReportAggregate> ORDER = Comparator.comparing(ReportAggregate::supplier)
            .thenComparing(ReportAggregate::bmUnit).thenComparingInt(ReportAggregate::ccc)
            .thenComparingInt(ReportAggregate::period);

    private Rep006Content() {
    }

    /** @return the gzip-compressed content */
    static byte[] compressed(String gspGroup, Instant executed, LocalDate settlementDate, String runType,
                             int runNumber, List<ReportAggregate> rows, ConsumptionComponentClasses cccs) {
        List<ReportAggregate> ordered = new ArrayList<>(rows);
        ordered.sort(ORDER);
        try (CompressedReport report = CompressedReport.open()) {
            Rep006Writer writer = new Rep006Writer(report.json(), classes(cccs),
                    new ReportBlocks(settlementDate, runType, runNumber, executed), gspGroup);
            ordered.forEach(writer::add);
            writer.end();
            return report.finish();
        }
    }

    /** The content as a tree (tests). */
    static ObjectNode build(String gspGroup, Instant executed, LocalDate settlementDate, String runType, int runNumber,
                            List<ReportAggregate> rows, ConsumptionComponentClasses cccs) {
        byte[] compressed = compressed(gspGroup, executed, settlementDate, runType, runNumber, rows, cccs);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            JsonNode tree = JsonMapper.shared().readTree(in.readAllBytes());
            return (ObjectNode) tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReportClasses classes(ConsumptionComponentClasses cccs) {
        return new ReportClasses(cccs.all().stream().map(c -> new ReportClass(c.id(), c.mq(), c.segment(),
                c.domestic(), c.connectionType(), c.component(), c.dataOrigin())).toList());
    }
}
