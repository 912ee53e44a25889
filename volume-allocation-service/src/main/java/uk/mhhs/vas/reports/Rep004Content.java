package uk.mhhs.vas.reports;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.dipclient.reports.ReportBlocks;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * The content of one REP-004 {@code [SupplierDeemedTakeReport]}: a supplier's deemed take in a GSP group — per period
 * (R026) the Σ of the BM Unit Allocated Demand Volumes of its BM units there (net: export reduces it), and the day's
 * total (R025). Small (one value a period), so a tree.
 */
final class Rep004Content {

    private Rep004Content() {
    }

    /** @param deemedTake the supplier's Σ BMUADV by settlement period (unrounded) */
    static ObjectNode build(ReportBlocks run, String gspGroup, String supplier,
                            SortedMap<Integer, BigDecimal> deemedTake) {
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.putObject("R013").put("GSPGroupID", gspGroup);
        root.putObject("R007").put("settlementRunExecutionDate", DipTimestamps.format(run.executed()));
        root.putObject("R002").put("settlementDate", run.settlementDate().toString())
                .put("settlementCode", run.settlementCode()).put("runNumber", run.runNumber());
        ObjectNode r009 = root.putObject("REP004-R009");
        r009.putObject("R009").put("supplierMPID", supplier);
        ArrayNode periods = r009.putArray("REP004-R026");
        BigDecimal day = BigDecimal.ZERO;
        for (var e : deemedTake.entrySet()) {
            periods.addObject().put("SettlementPeriod", e.getKey())
                    .put("supplierDeemedTake", ReportBlocks.six(e.getValue()));
            day = day.add(e.getValue());
        }
        r009.putArray("REP004-R025").addObject().put("dailySupplierDeemedTakeforSettlementDay", ReportBlocks.six(day));
        return root;
    }
}
