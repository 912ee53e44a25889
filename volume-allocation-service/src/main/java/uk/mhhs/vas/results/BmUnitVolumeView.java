package uk.mhhs.vas.results;

import java.math.BigDecimal;

import static uk.mhhs.vas.results.Rounding.cell;

/**
 * A BM unit's allocated demand volume (BMUADV) in a settlement period, kWh to 3 dp.
 *
 * @param uncorrected ΣC of its classes, export negative
 * @param corrected   BMUADV: Σ CORC of its classes
 * @param mpans       MPANs counted in its consumption (not losses) classes
 */
public record BmUnitVolumeView(String gspGroup, String supplierMpid, String bmUnitId, int period,
                               BigDecimal uncorrected, BigDecimal corrected, int mpans) {

    static final String CSV_HEADER = "gsp_group,supplier_mpid,bm_unit_id,period,uncorrected_kwh,corrected_kwh,mpans";

    String csv() {
        return String.join(",", gspGroup, supplierMpid, bmUnitId, String.valueOf(period), cell(uncorrected),
                cell(corrected), String.valueOf(mpans));
    }
}
