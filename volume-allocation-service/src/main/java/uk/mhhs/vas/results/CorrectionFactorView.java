package uk.mhhs.vas.results;

import java.math.BigDecimal;

import static uk.mhhs.vas.results.Rounding.cell;

/**
 * A GSP group's correction factor in a settlement period with the sums it came from (kWh to 3 dp, the factor to 10 dp).
 *
 * @param uncorrected ΣC
 * @param weighted    ΣW·C
 * @param factor      CF, null when undefined (exception NO_CORRECTABLE_VOLUME)
 * @param exception   NO_CORRECTABLE_VOLUME, OUTSIDE_BAND or null
 */
public record CorrectionFactorView(String gspGroup, int period, BigDecimal gspGroupTake, BigDecimal uncorrected,
                                   BigDecimal weighted, BigDecimal factor, String exception) {

    static final String CSV_HEADER =
            "gsp_group,period,gsp_group_take_kwh,uncorrected_kwh,weighted_kwh,factor,exception";

    String csv() {
        return String.join(",", gspGroup, String.valueOf(period), cell(gspGroupTake), cell(uncorrected),
                cell(weighted), cell(factor), cell(exception));
    }
}
