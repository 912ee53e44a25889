package uk.mhhs.vas.rules;

import uk.mhhs.common.party.GspGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * GSP Group Take files for tests: header, then each GSP group in order _A.._P with its periods 1..n, the take of
 * group number g (_A = 1 .. _P = 14) in period p being {@code 1000 × g + p + 0.125} kWh. Line numbers follow: the
 * row of group number g, period p is on line {@code 1 + (g − 1) × n + p}.
 */
public final class GspGroupTakeFiles {

    private GspGroupTakeFiles() {
    }

    /** The lines of a file for {@code date} with {@code periods} periods per group. */
    public static List<String> lines(LocalDate date, int periods) {
        List<String> lines = new ArrayList<>();
        lines.add(GspGroupTakeCheck.HEADER);
        for (GspGroup group : GspGroup.values()) {
            int g = group.ordinal() + 1;
            for (int p = 1; p <= periods; p++) {
                lines.add(date + "," + group + "," + p + "," + (1000 * g + p) + ".125");
            }
        }
        return lines;
    }

    /** The file of {@link #lines}, each line ended by a newline. */
    public static String csv(LocalDate date, int periods) {
        return csv(lines(date, periods));
    }

    public static String csv(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }
}
