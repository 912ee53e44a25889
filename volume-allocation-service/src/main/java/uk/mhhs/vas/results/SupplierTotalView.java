package uk.mhhs.vas.results;

import java.math.BigDecimal;

import static uk.mhhs.vas.results.Rounding.cell;

/**
 * A supplier's allocated volume in a GSP group and settlement period: Σ BMUADV of its BM units there, kWh to 3 dp
 * (summed unrounded, then rounded).
 */
public record SupplierTotalView(String supplierMpid, String gspGroup, int period, BigDecimal volume) {

    static final String CSV_HEADER = "supplier_mpid,gsp_group,period,volume_kwh";

    String csv() {
        return String.join(",", supplierMpid, gspGroup, String.valueOf(period), cell(volume));
    }
}
