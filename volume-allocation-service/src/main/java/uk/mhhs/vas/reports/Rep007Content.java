package uk.mhhs.vas.reports;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.dipclient.reports.ReportBlocks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The content of a run's REP-007 {@code [BMUnitDefaultsToSuppliers]}: per GSP group with correction exceptions
 * (REP007-R013) each BM unit with volumes there (R036) and what was used instead of a normal correction
 * ({@code detailsOfDefaultDataUsed}, at most 200 characters): periods without correctable volume, whose volumes went
 * uncorrected (factor 1), and periods whose factor fell outside the band and was applied all the same.
 */
final class Rep007Content {

    static final int MAX_DETAIL = 200;

    private Rep007Content() {
    }

    /** @param units per GSP group (in order) its BM units, each with its detail */
    static ObjectNode build(ReportBlocks run, Map<String, Map<String, String>> units) {
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.putObject("R007").put("settlementRunExecutionDate", DipTimestamps.format(run.executed()));
        root.putObject("R002").put("settlementDate", run.settlementDate().toString())
                .put("settlementCode", run.settlementCode()).put("runNumber", run.runNumber());
        ArrayNode groups = root.putArray("REP007-R013");
        units.forEach((gsp, details) -> {
            ObjectNode group = groups.addObject();
            group.putObject("R013").put("GSPGroupID", gsp);
            ArrayNode r036 = group.putArray("REP007-R036");
            details.forEach((bmUnit, detail) -> r036.addObject().put("BMUnitID", bmUnit)
                    .put("detailsOfDefaultDataUsed", detail));
        });
        return root;
    }

    /**
     * What a GSP group's exceptions meant for its BM units, e.g. {@code "no correctable volume, uncorrected (factor 1)
     * in periods 3-5; correction factor 1.2345 to 1.3000 outside band 0.9 to 1.1, applied, in periods 17-18, 20"};
     * periods in ranges, factors to 4 decimals, cut to 200 characters with "..." when longer.
     */
    static String detail(List<GroupFactors.Exception> exceptions, BigDecimal bandLow, BigDecimal bandHigh) {
        List<String> parts = new ArrayList<>();
        List<Integer> undefined = exceptions.stream().filter(e -> e.kind().equals(GroupFactors.NO_CORRECTABLE_VOLUME))
                .map(GroupFactors.Exception::period).toList();
        if (!undefined.isEmpty()) {
            parts.add("no correctable volume, uncorrected (factor 1) in periods " + ranges(undefined));
        }
        List<GroupFactors.Exception> outside = exceptions.stream()
                .filter(e -> e.kind().equals(GroupFactors.OUTSIDE_BAND) && e.factor() != null).toList();
        if (!outside.isEmpty()) {
            BigDecimal min = outside.stream().map(GroupFactors.Exception::factor).min(BigDecimal::compareTo).get();
            BigDecimal max = outside.stream().map(GroupFactors.Exception::factor).max(BigDecimal::compareTo).get();
            String factors = four(min).equals(four(max)) ? four(min) : four(min) + " to " + four(max);
            parts.add("correction factor " + factors + " outside band " + bandLow.toPlainString() + " to "
                    + bandHigh.toPlainString() + ", applied, in periods "
                    + ranges(outside.stream().map(GroupFactors.Exception::period).toList()));
        }
        String detail = String.join("; ", parts);
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 3) + "...";
    }

    private static String four(BigDecimal factor) {
        return factor.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    /** Ascending periods as ranges: 1, 3, 4, 5 → "1, 3-5". */
    static String ranges(List<Integer> periods) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < periods.size()) {
            int j = i;
            while (j + 1 < periods.size() && periods.get(j + 1) == periods.get(j) + 1) {
                j++;
            }
            out.append(out.isEmpty() ? "" : ", ").append(periods.get(i));
            if (j > i) {
                out.append('-').append(periods.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }
}
