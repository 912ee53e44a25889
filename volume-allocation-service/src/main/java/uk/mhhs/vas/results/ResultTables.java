package uk.mhhs.vas.results;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The queries of a run's results, with their optional filters. */
final class ResultTables {

    private ResultTables() {
    }

    static ResultTable<BmUnitVolumeView> bmUnitVolumes(UUID runId, String gspGroup, String bmUnitId) {
        List<Object> args = new ArrayList<>(List.of(runId));
        StringBuilder sql = new StringBuilder("""
                select gsp_group, supplier_mpid, bm_unit_id, period, uncorrected, corrected, mpans
                  from bm_unit_volume where run_id = ?""");
        if (gspGroup != null) {
            sql.append(" and gsp_group = ?");
            args.add(gspGroup);
        }
        if (bmUnitId != null) {
            sql.append(" and bm_unit_id = ?");
            args.add(bmUnitId);
        }
        sql.append(" order by gsp_group, bm_unit_id, period");
        return new ResultTable<>(sql.toString(), args.toArray(), (rs, i) -> new BmUnitVolumeView(
                rs.getString("gsp_group"), rs.getString("supplier_mpid"), rs.getString("bm_unit_id"),
                rs.getInt("period"), Rounding.kwh(rs.getBigDecimal("uncorrected")),
                Rounding.kwh(rs.getBigDecimal("corrected")), rs.getInt("mpans")),
                BmUnitVolumeView.CSV_HEADER, BmUnitVolumeView::csv);
    }

    static ResultTable<CorrectionFactorView> correctionFactors(UUID runId, String gspGroup) {
        List<Object> args = new ArrayList<>(List.of(runId));
        String filter = "";
        if (gspGroup != null) {
            filter = " and gsp_group = ?";
            args.add(gspGroup);
        }
        return new ResultTable<>("""
                select gsp_group, period, gsp_group_take, uncorrected, weighted, factor, exception
                  from correction_factor where run_id = ?""" + filter + " order by gsp_group, period",
                args.toArray(), (rs, i) -> new CorrectionFactorView(rs.getString("gsp_group"), rs.getInt("period"),
                        Rounding.kwh(rs.getBigDecimal("gsp_group_take")), Rounding.kwh(rs.getBigDecimal("uncorrected")),
                        Rounding.kwh(rs.getBigDecimal("weighted")), Rounding.factor(rs.getBigDecimal("factor")),
                        rs.getString("exception")),
                CorrectionFactorView.CSV_HEADER, CorrectionFactorView::csv);
    }

    static ResultTable<SupplierTotalView> supplierTotals(UUID runId, String gspGroup) {
        List<Object> args = new ArrayList<>(List.of(runId));
        String filter = "";
        if (gspGroup != null) {
            filter = " and gsp_group = ?";
            args.add(gspGroup);
        }
        return new ResultTable<>("""
                select supplier_mpid, gsp_group, period, sum(corrected) as volume
                  from bm_unit_volume where run_id = ?""" + filter
                        + " group by supplier_mpid, gsp_group, period order by supplier_mpid, gsp_group, period",
                args.toArray(), (rs, i) -> new SupplierTotalView(rs.getString("supplier_mpid"),
                        rs.getString("gsp_group"), rs.getInt("period"), Rounding.kwh(rs.getBigDecimal("volume"))),
                SupplierTotalView.CSV_HEADER, SupplierTotalView::csv);
    }
}
