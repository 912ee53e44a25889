package uk.mhhs.vas.reports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.reports.CompressedReport;
import uk.mhhs.dipclient.reports.ReportBlocks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** REP-004 {@code [SupplierDeemedTakeReport]}: one per supplier and GSP group, to the supplier. */
final class DeemedTakeReports {

    static final String REP_004 = "REP-004";
    static final String EVENT = "[SupplierDeemedTakeReport]";
    private static final Logger LOG = LoggerFactory.getLogger(DeemedTakeReports.class);

    private DeemedTakeReports() {
    }

    /** @param takes Σ BMUADV in (GSP group, supplier, period) order */
    static List<Outbound.Draft> drafts(ReportBlocks run, ReportReference reference,
                                       List<ReportInputs.DeemedTake> takes) {
        List<Outbound.Draft> drafts = new ArrayList<>();
        int i = 0;
        while (i < takes.size()) {
            ReportInputs.DeemedTake first = takes.get(i);
            SortedMap<Integer, BigDecimal> periods = new TreeMap<>();
            while (i < takes.size() && takes.get(i).gspGroup().equals(first.gspGroup())
                    && takes.get(i).supplier().equals(first.supplier())) {
                periods.put(takes.get(i).period(), takes.get(i).kwh());
                i++;
            }
            Optional<String> dipId = reference.supplierDipId(first.supplier());
            if (dipId.isEmpty()) {
                LOG.warn("{} {} #{} {}: supplier {} has no DIP ID in ISD; no REP-004 for it", run.settlementDate(),
                        run.settlementCode(), run.runNumber(), first.gspGroup(), first.supplier());
                continue;
            }
            byte[] content = JsonMapper.shared().writeValueAsBytes(
                    Rep004Content.build(run, first.gspGroup(), first.supplier(), periods));
            drafts.add(new Outbound.Draft(null, REP_004, EVENT, List.of(dipId.get()), null, null,
                    CompressedReport.customBlock(CompressedReport.gzip(content))));
        }
        return drafts;
    }
}
