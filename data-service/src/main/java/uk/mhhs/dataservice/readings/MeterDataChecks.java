package uk.mhhs.dataservice.readings;

import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.dataservice.readings.ReadingProblem.Code;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of a meter-data batch, a pure function of the batch and what the service knows ({@link Known}): every
 * problem of every row, so the sender can fix the whole batch at once. Interval periods are keyed by their end in
 * UTC; a period belongs to the UTC settlement date of its start (the period ending 00:00Z is the last of the day
 * before).
 */
final class MeterDataChecks {

    /** What the checks need to know of the MPANs. */
    interface Known {
        /** The role we act in (SDS/ADS/UMSDS) if we are the MPAN's Data Service on {@code date}. */
        Optional<String> roleOn(long mpan, LocalDate date);

        boolean hasMeter(long mpan, String meterId);
    }

    private static final Pattern KWH = Pattern.compile("-?\\d{1,9}(\\.\\d{1,3})?");
    private static final Set<String> QUANTITIES = Set.of("AI", "AE", "RI", "RE");

    private MeterDataChecks() {
    }

    static List<ReadingProblem> check(MeterDataBatch batch, int maxRows, Known known) {
        List<ReadingProblem> problems = new ArrayList<>();
        if (batch == null || batch.rows() == null || batch.rows().isEmpty() || batch.rows().size() > maxRows) {
            problems.add(ReadingProblem.of(0, Code.DSR008, "a batch carries 1 to " + maxRows + " rows, this one "
                    + (batch == null || batch.rows() == null ? 0 : batch.rows().size())));
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.rows().size(); i++) {
            checkRow(i, batch.rows().get(i), known, seen, problems);
        }
        return problems;
    }

    private static void checkRow(int i, MeterDataBatch.Row row, Known known, Set<String> seen,
                                 List<ReadingProblem> problems) {
        if (row == null || row.mpan() == null || !MpanCore.isValid(row.mpan())) {
            problems.add(ReadingProblem.of(i, Code.DSR001, "MPAN core \"" + (row == null ? null : row.mpan())
                    + "\" is not a valid 13-digit MPAN core"));
            return;
        }
        long mpan = Long.parseLong(row.mpan());
        String role = row.meterRole() == null ? "MAIN" : row.meterRole();
        String quantity = row.quantity() == null ? "AI" : row.quantity();
        if (!role.equals("MAIN") && !role.equals("CHECK")) {
            problems.add(ReadingProblem.of(i, Code.DSR007, "meter role \"" + role + "\" is not MAIN or CHECK"));
        }
        if (!QUANTITIES.contains(quantity)) {
            problems.add(ReadingProblem.of(i, Code.DSR007, "measurement quantity \"" + quantity
                    + "\" is not AI, AE, RI or RE"));
        }
        if (row.meterId() == null || !known.hasMeter(mpan, row.meterId())) {
            problems.add(ReadingProblem.of(i, Code.DSR003, "meter \"" + row.meterId() + "\" is not known for MPAN "
                    + row.mpan()));
        }
        boolean none = (row.periods() == null || row.periods().isEmpty())
                && (row.registerReads() == null || row.registerReads().isEmpty());
        if (none) {
            problems.add(ReadingProblem.of(i, Code.DSR009, "row has neither periods nor register reads"));
            return;
        }
        Set<LocalDate> dates = new HashSet<>();
        if (row.periods() != null) {
            for (MeterDataBatch.Period period : row.periods()) {
                Instant end = halfHour(period == null ? null : period.end(), i, problems);
                kwh(period == null ? null : period.kwh(), i, "period ending " + (period == null ? null : period.end()),
                        problems);
                if (end != null) {
                    dates.add(end.minusSeconds(1800).atZone(ZoneOffset.UTC).toLocalDate());
                    if (!seen.add(row.mpan() + "/" + quantity + "/" + role + "/" + end)) {
                        problems.add(ReadingProblem.of(i, Code.DSR006, "period ending " + end + " of MPAN "
                                + row.mpan() + " " + quantity + " " + role + " appears twice"));
                    }
                }
            }
        }
        if (row.registerReads() != null) {
            for (MeterDataBatch.RegisterRead read : row.registerReads()) {
                Instant at = instant(read == null ? null : read.at(), i, problems);
                kwh(read == null ? null : read.kwh(), i, "register read at " + (read == null ? null : read.at()),
                        problems);
                if (at != null) {
                    dates.add(at.atZone(ZoneOffset.UTC).toLocalDate());
                    if (!seen.add(row.mpan() + "/" + row.meterId() + "/read/" + at)) {
                        problems.add(ReadingProblem.of(i, Code.DSR006, "register read of meter " + row.meterId()
                                + " at " + at + " appears twice"));
                    }
                }
            }
        }
        for (LocalDate date : dates.stream().sorted().toList()) {
            Optional<String> ourRole = known.roleOn(mpan, date);
            if (ourRole.isEmpty()) {
                problems.add(ReadingProblem.of(i, Code.DSR002, "not the appointed Data Service of MPAN " + row.mpan()
                        + " on " + date));
            } else if (role.equals("CHECK") && !ourRole.get().equals("ADS")) {
                problems.add(ReadingProblem.of(i, Code.DSR007, "check meter data for MPAN " + row.mpan()
                        + ", which is not advanced (" + ourRole.get() + ") on " + date));
            }
        }
    }

    private static Instant halfHour(String text, int row, List<ReadingProblem> problems) {
        Instant end = instant(text, row, problems);
        if (end != null && end.getEpochSecond() % 1800 != 0) {
            problems.add(ReadingProblem.of(row, Code.DSR004, "period end " + text + " is not on a half hour"));
            return null;
        }
        return end;
    }

    private static Instant instant(String text, int row, List<ReadingProblem> problems) {
        try {
            if (text == null) {
                throw new DateTimeParseException("missing", "", 0);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(ReadingProblem.of(row, Code.DSR004, "time \"" + text
                    + "\" is not a UTC ISO-8601 instant like 2026-11-22T00:30:00Z"));
            return null;
        }
    }

    private static void kwh(String text, int row, String what, List<ReadingProblem> problems) {
        if (text == null || !KWH.matcher(text).matches()) {
            problems.add(ReadingProblem.of(row, Code.DSR005, what + ": value \"" + text
                    + "\" is not a decimal of at most 9 integer digits and 3 decimals"));
        }
    }

    static BigDecimal parse(String kwh) {
        return new BigDecimal(kwh).setScale(3);
    }
}
