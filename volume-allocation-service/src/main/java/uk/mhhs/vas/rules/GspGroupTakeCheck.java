package uk.mhhs.vas.rules;

import uk.mhhs.common.party.GspGroup;
import uk.mhhs.common.time.SettlementCalendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks a GSP Group Take file must pass before it becomes a version: the header; each row's four fields
 * ({@link GspGroupTakeLine}); one settlement date; kWh within [minKwh, maxKwh]; each (group, period) once; and
 * completeness: all 14 GSP groups × every period 1..N of the GB settlement day (N = 46, 48 or 50,
 * {@link SettlementCalendar#periodCount}), no period beyond N. Every problem is reported with its line, not just the
 * first, so the CDCA can correct the file in one go.
 */
public final class GspGroupTakeCheck {

    /** The file's first line. */
    public static final String HEADER = String.join(",", GspGroupTakeLine.FIELDS);
    /** Problems listed in a report at most (all are counted). */
    public static final int MAX_PROBLEMS = 500;

    private final BigDecimal minKwh;
    private final BigDecimal maxKwh;

    public GspGroupTakeCheck(BigDecimal minKwh, BigDecimal maxKwh) {
        this.minKwh = minKwh;
        this.maxKwh = maxKwh;
    }

    /** The report, and the rows when the file passed every check (empty otherwise). */
    public record Checked(GspGroupTakeReport report, List<GspGroupTakeRow> rows) {
    }

    public Checked check(String csv) {
        List<GspGroupTakeProblem> problems = new ArrayList<>();
        int[] count = {0};
        java.util.function.Consumer<GspGroupTakeProblem> found = p -> {
            count[0]++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            }
        };
        String[] lines = csv.split("\r?\n", -1);
        String header = lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[0];
        if (!HEADER.equals(header.strip())) {
            found.accept(new GspGroupTakeProblem(1, "file", GspGroupTakeCode.VAS001, "the first line must be "
                    + HEADER + " but was \"" + GspGroupTakeLine.abbreviated(header) + "\""));
        }
        LocalDate day = null;
        int periods = 0;
        Map<String, Integer> seen = new HashMap<>();
        List<GspGroupTakeRow> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int read = 1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            read = i + 1;
            int before = count[0];
            GspGroupTakeLine line = GspGroupTakeLine.read(i + 1, lines[i], found);
            if (day == null && line.date() != null) {
                day = line.date();
                periods = SettlementCalendar.periodCount(day);
            }
            if (line.date() != null && !line.date().equals(day)) {
                found.accept(problem(line, 0, GspGroupTakeCode.VAS007, "settlement date " + line.date()
                        + " differs from the file's " + day + ": one settlement date per file"));
            }
            if (line.period() != null && day != null && (line.period() < 1 || line.period() > periods)) {
                found.accept(problem(line, 2, GspGroupTakeCode.VAS011, "settlement period " + line.period()
                        + " is not on " + day + ", which has periods 1.." + periods));
            }
            if (line.kwh() != null && line.kwh().compareTo(minKwh) < 0) {
                found.accept(problem(line, 3, GspGroupTakeCode.VAS008, line.kwh().toPlainString()
                        + " kWh is below the minimum " + minKwh.toPlainString() + " kWh"));
            }
            if (line.kwh() != null && line.kwh().compareTo(maxKwh) > 0) {
                found.accept(problem(line, 3, GspGroupTakeCode.VAS009, line.kwh().toPlainString()
                        + " kWh is above the maximum " + maxKwh.toPlainString() + " kWh"));
            }
            if (line.group() != null && line.period() != null) {
                Integer first = seen.putIfAbsent(line.group().name() + "/" + line.period(), line.line());
                if (first != null) {
                    found.accept(problem(line, 1, GspGroupTakeCode.VAS010, line.group() + " period "
                            + line.period() + " again: first given on line " + first));
                }
            }
            if (count[0] == before) {
                rows.add(new GspGroupTakeRow(line.group(), line.period(), line.kwh()));
                total = total.add(line.kwh());
            }
        }
        if (read == 1) {
            found.accept(new GspGroupTakeProblem(0, "file", GspGroupTakeCode.VAS013,
                    "the file has no rows after its header"));
        }
        if (day != null) {
            missing(day, periods, seen, found);
        }
        GspGroupTakeReport report = new GspGroupTakeReport(day, periods, read, rows.size(), total, count[0],
                problems);
        return new Checked(report, report.accepted() ? List.copyOf(rows) : List.of());
    }

    /** One problem per GSP group with periods of the day missing, naming them. */
    private static void missing(LocalDate day, int periods, Map<String, Integer> seen,
                                java.util.function.Consumer<GspGroupTakeProblem> found) {
        for (GspGroup group : GspGroup.values()) {
            List<String> absent = new ArrayList<>();
            for (int p = 1; p <= periods; p++) {
                if (!seen.containsKey(group.name() + "/" + p)) {
                    absent.add(String.valueOf(p));
                }
            }
            if (absent.size() == periods) {
                found.accept(new GspGroupTakeProblem(0, "gsp_group", GspGroupTakeCode.VAS012, group
                        + ": no rows at all (" + day + " has periods 1.." + periods + ")"));
            } else if (!absent.isEmpty()) {
                found.accept(new GspGroupTakeProblem(0, "settlement_period", GspGroupTakeCode.VAS012, group
                        + ": no rows for periods " + String.join(", ", absent) + " (" + day + " has periods 1.."
                        + periods + ")"));
            }
        }
    }

    private static GspGroupTakeProblem problem(GspGroupTakeLine line, int field, GspGroupTakeCode code,
                                               String message) {
        return new GspGroupTakeProblem(line.line(), GspGroupTakeLine.FIELDS.get(field), code, message);
    }
}
