package uk.mhhs.vas.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the checks found in a GSP Group Take file: its day, the counts, and the problems (at most
 * {@link GspGroupTakeCheck#MAX_PROBLEMS} listed; {@code problemCount} counts them all).
 *
 * @param settlementDate the file's day (from its first readable row), null if none could be read
 * @param periods        how many periods that day has (46/48/50), 0 without a day
 * @param lines          lines read, the header included
 * @param rows           rows that passed the row checks
 * @param totalKwh       the sum of those rows' kWh
 * @param problemCount   how many problems were found
 * @param problems       the problems, in the file's order, missing periods last
 */
public record GspGroupTakeReport(LocalDate settlementDate, int periods, int lines, int rows, BigDecimal totalKwh,
                                 int problemCount, List<GspGroupTakeProblem> problems) {

    public GspGroupTakeReport {
        problems = List.copyOf(problems);
    }

    /** Whether the file may become a version. */
    public boolean accepted() {
        return problemCount == 0;
    }

    /** Whether any problem is a fault of form (HTTP 400) rather than of content (HTTP 422). */
    public boolean formatFault() {
        return problems.stream().anyMatch(p -> p.code().format());
    }

    /** The report of a file refused before it was read (too large, could not be stored). */
    public static GspGroupTakeReport refused(GspGroupTakeCode code, String message) {
        return new GspGroupTakeReport(null, 0, 0, 0, BigDecimal.ZERO, 1,
                List.of(new GspGroupTakeProblem(0, "file", code, message)));
    }
}
