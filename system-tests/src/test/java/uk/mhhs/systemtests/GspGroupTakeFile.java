package uk.mhhs.systemtests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The CDCA's GSP Group Take for one settlement date as VAS takes it (VAS README, "GSP Group Take"): every one of the
 * 14 groups × every settlement period 1..N of the day, kWh with 3 decimals.
 */
final class GspGroupTakeFile {

    static final List<String> GSP_GROUPS = List.of("_A", "_B", "_C", "_D", "_E", "_F", "_G", "_H", "_J", "_K", "_L",
            "_M", "_N", "_P");

    private GspGroupTakeFile() {
    }

    /**
     * @param periods the day's settlement periods (46, 48 or 50)
     * @param takes   kWh per period of the groups named; every other group gets {@code otherwise}
     */
    static String csv(LocalDate settlementDate, int periods, Map<String, BigDecimal> takes, BigDecimal otherwise) {
        StringBuilder csv = new StringBuilder("settlement_date,gsp_group,settlement_period,gsp_group_take_kwh\n");
        for (String group : GSP_GROUPS) {
            BigDecimal kwh = takes.getOrDefault(group, otherwise).setScale(3);
            for (int period = 1; period <= periods; period++) {
                csv.append(settlementDate).append(',').append(group).append(',').append(period).append(',')
                        .append(kwh.toPlainString()).append('\n');
            }
        }
        return csv.toString();
    }
}
