package uk.mhhs.vas.rules;

import uk.mhhs.common.party.GspGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One data line of a GSP Group Take file read field by field: each field that cannot be read is one problem, and the
 * fields that could be read are kept (null otherwise), so the file's later checks still see the group and period of a
 * line whose kWh is wrong.
 *
 * @param line   the line number (1 is the header)
 * @param date   the settlement date, or null
 * @param group  the GSP group, or null
 * @param period the settlement period, or null
 * @param kwh    the take in kWh at scale 3, or null
 */
record GspGroupTakeLine(int line, LocalDate date, GspGroup group, Integer period, BigDecimal kwh) {

    static final List<String> FIELDS = List.of("settlement_date", "gsp_group", "settlement_period",
            "gsp_group_take_kwh");
    private static final Pattern PERIOD = Pattern.compile("\\d{1,3}");
    // at most 13 integer digits: numeric(16,3) in the database
    private static final Pattern KWH = Pattern.compile("-?\\d{1,13}(\\.\\d{1,3})?");

    /** Reads line {@code number}; each unreadable field goes to {@code problems}. */
    static GspGroupTakeLine read(int number, String text, Consumer<GspGroupTakeProblem> problems) {
        String[] fields = text.split(",", -1);
        if (fields.length != FIELDS.size()) {
            problems.accept(new GspGroupTakeProblem(number, "file", GspGroupTakeCode.VAS002,
                    "expected 4 fields (" + String.join(",", FIELDS) + ") but found " + fields.length + ": \""
                            + abbreviated(text) + "\""));
            return new GspGroupTakeLine(number, null, null, null, null);
        }
        String date = fields[0].strip();
        String group = fields[1].strip();
        String period = fields[2].strip();
        String kwh = fields[3].strip();
        return new GspGroupTakeLine(number, date(number, date, problems), group(number, group, problems),
                period(number, period, problems), kwh(number, kwh, problems));
    }

    private static LocalDate date(int number, String text, Consumer<GspGroupTakeProblem> problems) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.accept(problem(number, 0, GspGroupTakeCode.VAS003, "\"" + abbreviated(text)
                    + "\" is not an ISO date such as 2026-03-29"));
            return null;
        }
    }

    private static GspGroup group(int number, String text, Consumer<GspGroupTakeProblem> problems) {
        for (GspGroup group : GspGroup.values()) {
            if (group.name().equals(text)) {
                return group;
            }
        }
        problems.accept(problem(number, 1, GspGroupTakeCode.VAS004, "\"" + abbreviated(text)
                + "\" is not a GSP group: one of _A.._H, _J.._N, _P"));
        return null;
    }

    private static Integer period(int number, String text, Consumer<GspGroupTakeProblem> problems) {
        if (PERIOD.matcher(text).matches()) {
            return Integer.valueOf(text);
        }
        problems.accept(problem(number, 2, GspGroupTakeCode.VAS005, "\"" + abbreviated(text)
                + "\" is not a whole settlement period number"));
        return null;
    }

    private static BigDecimal kwh(int number, String text, Consumer<GspGroupTakeProblem> problems) {
        if (KWH.matcher(text).matches()) {
            return new BigDecimal(text).setScale(3);
        }
        problems.accept(problem(number, 3, GspGroupTakeCode.VAS006, "\"" + abbreviated(text)
                + "\" is not a kWh value with at most 3 decimal places (such as 1234.567)"));
        return null;
    }

    private static GspGroupTakeProblem problem(int number, int field, GspGroupTakeCode code, String message) {
        return new GspGroupTakeProblem(number, FIELDS.get(field), code, message);
    }

    /** A value quoted in a message, cut short so a garbage line cannot swell the report. */
    static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
