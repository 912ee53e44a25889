package uk.mhhs.vas.it;

import uk.mhhs.common.party.GspGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The worked example of ecs-services.md §6 as a run's inputs, in every period of a 48-period day: MDS's aggregates of
 * GSP group _A (kWh as MDS sends them, export non-negative: class 136's AE makes it −300) and a GSP Group Take of
 * 9,000 kWh for _A in each period (1,000 kWh for every other group, which has no volume: no correctable volume).
 *
 * <pre>
 * ΣC   = 4000 + 200 + 2000 + 40 + 2500 + 125 − 300          = 8,565
 * ΣW·C = 4000 + 200 + 0.5×2000 + 0.5×40 + 2500 + 125 + 0×300 = 7,845
 * CF   = 1 + (9,000 − 8,565) / 7,845 = 1 + 435/7,845          = 1.0554493308
 * BMUADV(2__ASUPA000) = 4200×CF + 2040×(1 + 0.5×(CF−1))          = 6,529.446 (6,529.4455…)
 * BMUADV(2__ASUPB000) = 2625×CF − 300                             = 2,470.554 (2,470.5544…)
 * </pre>
 */
public final class WorkedExample {

    public static final BigDecimal CF = new BigDecimal("1.0554493308");
    public static final BigDecimal SUPA_VOLUME = new BigDecimal("6529.446");
    public static final BigDecimal SUPB_VOLUME = new BigDecimal("2470.554");
    public static final int PERIODS = 48;

    private WorkedExample() {
    }

    /** MDS's aggregate rows (supplier, BM unit, group, class, period, kWh, MPANs) in MDS's order. */
    public static List<String> aggregates() {
        String[][] rows = {
                {"SUPA", "2__ASUPA000", "100", "4000.000", "40"},
                {"SUPA", "2__ASUPA000", "103", "200.000", "40"},
                {"SUPA", "2__ASUPA000", "112", "2000.000", "5"},
                {"SUPA", "2__ASUPA000", "115", "40.000", "5"},
                {"SUPB", "2__ASUPB000", "100", "2500.000", "25"},
                {"SUPB", "2__ASUPB000", "103", "125.000", "25"},
                {"SUPB", "2__ASUPB000", "136", "300.000", "10"}};
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            for (int p = 1; p <= PERIODS; p++) {
                lines.add(row[0] + "," + row[1] + ",_A," + row[2] + "," + p + "," + row[3] + "," + row[4]);
            }
        }
        return lines;
    }

    /** The GSP Group Take file of {@code date} (a 48-period day). */
    public static String gspGroupTake(LocalDate date) {
        StringBuilder csv = new StringBuilder("settlement_date,gsp_group,settlement_period,gsp_group_take_kwh\n");
        for (GspGroup group : GspGroup.values()) {
            for (int p = 1; p <= PERIODS; p++) {
                csv.append(date).append(',').append(group).append(',').append(p).append(',')
                        .append(group == GspGroup._A ? "9000.000" : "1000.000").append('\n');
            }
        }
        return csv.toString();
    }
}
