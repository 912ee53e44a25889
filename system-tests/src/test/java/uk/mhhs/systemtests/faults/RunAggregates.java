package uk.mhhs.systemtests.faults;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A run's aggregates as MDS serves them to VAS ({@code GET /mds/v1/runs/{id}/aggregates.csv}:
 * {@code supplier_mpid,bm_unit_id,gsp_group,ccc_id,period,kwh,mpans}), summed the ways the fault tests check them.
 */
record RunAggregates(List<Row> rows) {

    record Row(String supplier, String bmUnit, String gspGroup, int ccc, int period, BigDecimal kwh, int mpans) {
    }

    static RunAggregates parse(String csv) {
        List<Row> rows = csv.lines().skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] f = line.split(",");
            return new Row(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), new BigDecimal(f[5]),
                    Integer.parseInt(f[6]));
        }).toList();
        return new RunAggregates(rows);
    }

    /** kWh of class {@code ccc} in {@code period} over every GSP group, supplier and BM unit. */
    BigDecimal kwh(int ccc, int period) {
        return sum(r -> r.ccc() == ccc && r.period() == period).kwh();
    }

    /** MPANs counted in class {@code ccc} in {@code period} over every GSP group. */
    int mpans(int ccc, int period) {
        return sum(r -> r.ccc() == ccc && r.period() == period).mpans();
    }

    /** MPANs of {@code gspGroup} in {@code period} over the given classes. */
    int mpans(String gspGroup, int period, List<Integer> cccs) {
        return sum(r -> r.gspGroup().equals(gspGroup) && r.period() == period && cccs.contains(r.ccc())).mpans();
    }

    /** Every aggregate by its key (supplier, BM unit, GSP group, class, period), for comparing two runs. */
    Map<String, String> byKey() {
        Map<String, String> map = new TreeMap<>();
        rows.forEach(r -> map.put(r.supplier() + "|" + r.bmUnit() + "|" + r.gspGroup() + "|" + r.ccc() + "|"
                + r.period(), r.kwh().toPlainString() + " kWh, " + r.mpans() + " MPANs"));
        return map;
    }

    private Row sum(Predicate<Row> which) {
        BigDecimal kwh = BigDecimal.ZERO.setScale(3);
        int mpans = 0;
        for (Row r : rows) {
            if (which.test(r)) {
                kwh = kwh.add(r.kwh());
                mpans += r.mpans();
            }
        }
        return new Row("", "", "", 0, 0, kwh, mpans);
    }
}
