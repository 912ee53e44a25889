package uk.mhhs.vas.results;

import java.util.stream.Collectors;

import static uk.mhhs.vas.results.Rounding.cell;

/**
 * A comparison's changed BM unit periods as CSV, one line each; the class changes go in one cell as
 * {@code ccc:difference} pairs separated by {@code ;}. Built whole: a comparison lists only what changed.
 */
final class ComparisonCsv {

    static final String HEADER = "gsp_group,supplier_mpid,bm_unit_id,period,before_kwh,after_kwh,difference_kwh,"
            + "gsp_group_take_difference_kwh,class_differences_kwh";

    private ComparisonCsv() {
    }

    static String of(Comparison comparison) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Comparison.ChangedVolume c : comparison.changes()) {
            csv.append(String.join(",", c.gspGroup(), c.supplierMpid(), c.bmUnitId(), String.valueOf(c.period()),
                    cell(c.volume().before()), cell(c.volume().after()), cell(c.volume().difference()),
                    c.gspGroupTake() == null ? "" : cell(c.gspGroupTake().difference()),
                    c.classes().stream().map(k -> k.cccId() + ":" + cell(k.kwh().difference()))
                            .collect(Collectors.joining(";")))).append('\n');
        }
        return csv.toString();
    }
}
