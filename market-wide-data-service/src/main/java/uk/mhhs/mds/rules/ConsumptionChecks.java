package uk.mhhs.mds.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.mhhs.common.codes.CodeBook;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.common.time.InvalidDipTimestampException;
import uk.mhhs.common.time.SettlementCalendar;

/**
 * MDS validation of one settlement day of one MPAN of an IF-021 message. Every check runs and every failure is
 * reported ({@link CheckResult#rejections()}), not the first only; each reason is the catalogue text
 * ({@link CodeBook#formatted(String)}) followed by the period and value concerned.
 *
 * <h2>Day checks, in this order</h2>
 * <ol>
 * <li>{@code ECS1002}: the MQ must suit the event: {@code [ActivePower]} AI/AE, {@code [ReactivePower]} RI/RE.</li>
 * <li>{@code ECS1014}: {@code settlementDayDate} must be a DIP timestamp denoting 00:00:00 UTC. If it is not a
 * timestamp at all, the checks that need the day (sp within the day, on the grid, complete day) are skipped.</li>
 * <li>{@code ECS1004}: {@code periodDuration} must be 30.</li>
 * <li>{@code ECS1009}: the MPAN must be known to MDS and registered on the date ({@code facts} null = unknown). Only
 * when it is, the next checks run.</li>
 * <li>{@link #NOT_APPOINTED_CODE} ({@code RCP1009} "Sender DIP ID Invalid, Unexpected or Missing"): the sender must
 * be the data service appointed on the date. The catalogue has no ECS code for it; RCP1009 names exactly an
 * unexpected sender (REG1166 "Invalid Data Service DIP ID" belongs to registration, ECS1009 to the MPAN's status).</li>
 * <li>{@code ECS1003}: {@code today} must not be after the date's RF run date.</li>
 * </ol>
 *
 * <h2>Period checks, each period in the order sent</h2>
 * <ol>
 * <li>{@code ECS1005}: {@code sp} must be a DIP timestamp ending a period within the day, i.e. after 00:00Z of the
 * date and no later than 00:00Z of the next date.</li>
 * <li>{@code ECS1006}: the same instant as an earlier period of the message (whatever the offset written).</li>
 * <li>{@code ECS1007} / {@code ECS1005} for an {@code sp} off the day's 30-minute grid: every period lasts 30
 * minutes, so an off-grid period straddles two grid slots. It is ECS1007 (overlap) when its half hour overlaps the
 * half hour of another period of the message, else ECS1005 (end time invalid for the duration). In a full day an
 * off-grid period always overlaps a neighbour, so ECS1007 is what a sender normally sees.</li>
 * <li>{@code ECS1013}: the period's start ({@code sp} − 30 min) must not be before UK midnight starting the
 * connection type's effective-from date.</li>
 * <li>{@code v} and {@code q} must be present ({@code RCP1021}) and {@code v} a number ({@code RCP1022}); neither
 * case has an ECS code.</li>
 * <li>{@code ECS1010} negative value; {@code ECS1011} non-zero value with q ZE/ZE1/ZE2/ZE3; {@code ECS1012} value
 * above the maximum of the connection type (no check when the type is missing or not in the map).</li>
 * <li>{@code ECS1015} e missing for an estimate (E…, EA…, ZE…); {@code ECS1016} arc missing when e = "9".</li>
 * <li>De-energised MPAN, non-zero values only: non-actual q (anything but A/A1/A2) → rejection {@code ECS1008};
 * actual q → warning {@link #CONSUMPTION_ON_DE_ENERGISED} ("Consumption on a de-energised MPAN is a warning, not a
 * rejection"). There is no catalogue code for the warning: its code is the event code, its text our own, one
 * warning per day naming every such period.</li>
 * </ol>
 * Finally {@code ECS1005} "incomplete day" when fewer than the 48 periods of the day are present on the grid.
 *
 * <p>Not checked here: the energy direction against AI/AE (the catalogue's ECS1002 is about the event only), the
 * list of valid q / e / arc values (the schema's job).
 */
public final class ConsumptionChecks {

    /** The warning code (an event code, no catalogue code exists) for actual consumption on a de-energised MPAN. */
    public static final String CONSUMPTION_ON_DE_ENERGISED = "[ConsumptionOnDeEnergisedMPAN]";
    /** The text of that warning. */
    public static final String CONSUMPTION_ON_DE_ENERGISED_TEXT = "Actual Consumption recorded for ECS De-Energised MPAN";
    /** The code when the sender is not the appointed data service on the date. */
    public static final String NOT_APPOINTED_CODE = "RCP1009";
    /** The only period duration allowed, minutes. */
    public static final int PERIOD_MINUTES = 30;
    /** Periods of a UTC day. */
    public static final int PERIODS = 48;
    /** Event codes. */
    public static final String ACTIVE_POWER = "[ActivePower]";
    /** Event codes. */
    public static final String REACTIVE_POWER = "[ReactivePower]";
    /** Consumption amendment estimation reason: requires an arc. */
    public static final String AMENDMENT_REASON = "9";

    /**
     * Plausibility maximum kWh per period by connection type, the same defaults as data-service's
     * {@code VeSettings}: W 50, L 500, H 5000, E 50000, U 50.
     */
    public static final Map<String, BigDecimal> DEFAULT_MAX_KWH_PER_PERIOD = Map.of(
            "W", new BigDecimal("50.000"),
            "L", new BigDecimal("500.000"),
            "H", new BigDecimal("5000.000"),
            "E", new BigDecimal("50000.000"),
            "U", new BigDecimal("50.000"));

    private static final Duration HALF_HOUR = Duration.ofMinutes(PERIOD_MINUTES);

    private final Map<String, BigDecimal> maxKwhPerPeriod;

    /**
     * @param maxKwhPerPeriod maximum kWh per period by connection type ({@code ECS1012})
     */
    public ConsumptionChecks(Map<String, BigDecimal> maxKwhPerPeriod) {
        this.maxKwhPerPeriod = Map.copyOf(maxKwhPerPeriod);
    }

    /**
     * @return checks with {@link #DEFAULT_MAX_KWH_PER_PERIOD}
     */
    public static ConsumptionChecks defaults() {
        return new ConsumptionChecks(DEFAULT_MAX_KWH_PER_PERIOD);
    }

    /**
     * @return the maxima in use
     */
    public Map<String, BigDecimal> maxKwhPerPeriod() {
        return maxKwhPerPeriod;
    }

    /**
     * @param day         the day as sent
     * @param facts       what MDS knows of the MPAN on the date, {@code null} if it does not know it
     * @param senderDipId the DIP ID of the sender
     * @param today       the date MDS receives the message (for the RF check)
     * @return every rejection and warning; the 48 values by UTC index when there is no rejection
     */
    public CheckResult check(ConsumptionDay day, MpanStatus facts, String senderDipId, LocalDate today) {
        List<Finding> rejections = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();

        if (!mqSuitsEvent(day.eventCode(), day.mq())) {
            rejections.add(finding("ECS1002", "event " + day.eventCode() + " mq " + day.mq()));
        }
        Instant dayStart = null;
        LocalDate settlementDate = null;
        Instant sent = parse(day.settlementDayDate());
        if (sent == null) {
            rejections.add(finding("ECS1014", "settlementDayDate " + day.settlementDayDate() + " is not a date-time"));
        } else {
            settlementDate = LocalDate.ofInstant(sent, ZoneOffset.UTC);
            dayStart = settlementDate.atStartOfDay(ZoneOffset.UTC).toInstant();
            if (!sent.equals(dayStart)) {
                rejections.add(finding("ECS1014", "settlementDayDate " + day.settlementDayDate()));
            }
        }
        if (day.periodDuration() == null || day.periodDuration() != PERIOD_MINUTES) {
            rejections.add(finding("ECS1004", "periodDuration " + day.periodDuration()));
        }
        boolean registered = facts != null && facts.registered();
        if (!registered) {
            rejections.add(finding("ECS1009", "MPAN " + day.mpan() + (facts == null ? " is unknown to MDS"
                    : " is not registered on " + settlementDate)));
        } else {
            if (!Objects.equals(facts.appointedDsDipId(), senderDipId)) {
                rejections.add(finding(NOT_APPOINTED_CODE, "sender " + senderDipId + " is not the data service "
                        + "appointed for MPAN " + day.mpan() + " on " + settlementDate + " ("
                        + facts.appointedDsDipId() + ")"));
            }
            if (facts.rfDate() != null && today.isAfter(facts.rfDate())) {
                rejections.add(finding("ECS1003", "settlement date " + settlementDate + " RF run "
                        + facts.rfDate() + ", received " + today));
            }
        }
        boolean deEnergised = registered && !facts.energised();

        List<Period> periods = day.periods();
        Instant[] ends = new Instant[periods.size()];
        for (int i = 0; i < periods.size(); i++) {
            ends[i] = parse(periods.get(i).sp());
        }
        BigDecimal[] values = new BigDecimal[PERIODS];
        String[] qs = new String[PERIODS];
        String[] es = new String[PERIODS];
        String[] arcs = new String[PERIODS];
        boolean[] filled = new boolean[PERIODS];
        List<String> actualOnDeEnergised = new ArrayList<>();
        Instant connectionFrom = day.connectionTypeFrom() == null ? null
                : SettlementCalendar.startOfDay(day.connectionTypeFrom());
        BigDecimal max = day.connectionType() == null ? null : maxKwhPerPeriod.get(day.connectionType());

        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            Instant end = ends[i];
            int slot = -1;
            if (end == null) {
                rejections.add(finding("ECS1005", at(p, false) + " is not a date-time"));
            } else if (dayStart != null) {
                if (!end.isAfter(dayStart) || end.isAfter(dayStart.plus(Duration.ofDays(1)))) {
                    rejections.add(finding("ECS1005", at(p, false) + " is outside settlement day " + settlementDate));
                } else if (firstEarlierSame(ends, i) >= 0) {
                    rejections.add(finding("ECS1006", at(p, false) + " (as period " + (firstEarlierSame(ends, i) + 1) + ")"));
                } else {
                    long seconds = Duration.between(dayStart, end).toSeconds();
                    if (seconds % HALF_HOUR.toSeconds() != 0) {
                        int other = overlapping(ends, i);
                        if (other >= 0) {
                            rejections.add(finding("ECS1007", at(p, false) + " overlaps sp " + periods.get(other).sp()));
                        } else {
                            rejections.add(finding("ECS1005", at(p, false) + " is not the end of a half hour of the day"));
                        }
                    } else {
                        slot = (int) (seconds / HALF_HOUR.toSeconds()) - 1;
                    }
                }
            } else if (firstEarlierSame(ends, i) >= 0) {
                rejections.add(finding("ECS1006", at(p, false) + " (as period " + (firstEarlierSame(ends, i) + 1) + ")"));
            }
            if (end != null && connectionFrom != null && end.minus(HALF_HOUR).isBefore(connectionFrom)) {
                rejections.add(finding("ECS1013", at(p, false) + " starts before connection type " + day.connectionType()
                        + " is effective from " + day.connectionTypeFrom()));
            }

            String q = p.q();
            if (q == null || q.isBlank()) {
                rejections.add(finding("RCP1021", at(p, false) + " q is missing"));
            }
            BigDecimal v = null;
            if (p.v() == null || p.v().isBlank()) {
                rejections.add(finding("RCP1021", at(p, false) + " v is missing"));
            } else {
                try {
                    v = new BigDecimal(p.v().trim());
                } catch (NumberFormatException ex) {
                    rejections.add(finding("RCP1022", at(p, false) + " v " + p.v() + " is not a number"));
                }
            }
            if (v != null) {
                if (v.signum() < 0) {
                    rejections.add(finding("ECS1010", at(p, true)));
                }
                if (v.signum() != 0 && QualityCodes.isZeroEstimate(q)) {
                    rejections.add(finding("ECS1011", at(p, true) + " q " + q));
                }
                if (max != null && v.compareTo(max) > 0) {
                    rejections.add(finding("ECS1012", at(p, true) + " above " + max.toPlainString()
                            + " for connection type " + day.connectionType()));
                }
                if (deEnergised && v.signum() != 0) {
                    if (QualityCodes.isActual(q)) {
                        actualOnDeEnergised.add(at(p, true));
                    } else {
                        rejections.add(finding("ECS1008", at(p, true) + " q " + q));
                    }
                }
            }
            if (QualityCodes.isEstimate(q) && (p.e() == null || p.e().isBlank())) {
                rejections.add(finding("ECS1015", at(p, false) + " q " + q));
            }
            if (AMENDMENT_REASON.equals(p.e()) && (p.arc() == null || p.arc().isBlank())) {
                rejections.add(finding("ECS1016", at(p, false) + " e " + p.e()));
            }
            if (slot >= 0) {
                filled[slot] = true;
                values[slot] = v;
                qs[slot] = q;
                es[slot] = p.e();
                arcs[slot] = p.arc();
            }
        }

        if (dayStart != null) {
            List<String> missing = new ArrayList<>();
            for (int slot = 0; slot < PERIODS; slot++) {
                if (!filled[slot]) {
                    missing.add(DipTimestamps.format(dayStart.plus(HALF_HOUR.multipliedBy(slot + 1L))));
                }
            }
            if (!missing.isEmpty()) {
                rejections.add(finding("ECS1005", "incomplete day: " + (PERIODS - missing.size()) + " of " + PERIODS
                        + " periods, missing sp " + String.join(", ", missing)));
            }
        }
        if (!actualOnDeEnergised.isEmpty()) {
            warnings.add(new Finding(CONSUMPTION_ON_DE_ENERGISED, CONSUMPTION_ON_DE_ENERGISED_TEXT + ": MPAN "
                    + day.mpan() + ", " + String.join("; ", actualOnDeEnergised)));
        }
        if (!rejections.isEmpty()) {
            return new CheckResult(rejections, warnings, settlementDate, null, null, null, null);
        }
        return new CheckResult(rejections, warnings, settlementDate, values, qs, es, arcs);
    }

    /**
     * @param eventCode {@code [ActivePower]} or {@code [ReactivePower]}
     * @param mq        the measurement quantity
     * @return whether they belong together (ECS1002 otherwise)
     */
    public static boolean mqSuitsEvent(String eventCode, String mq) {
        if (ACTIVE_POWER.equals(eventCode)) {
            return "AI".equals(mq) || "AE".equals(mq);
        }
        if (REACTIVE_POWER.equals(eventCode)) {
            return "RI".equals(mq) || "RE".equals(mq);
        }
        return false;
    }

    /**
     * @param code a catalogue code
     * @param detail the period / value concerned
     * @return the finding with reason "CODE - catalogue text: detail"
     */
    static Finding finding(String code, String detail) {
        return new Finding(code, CodeBook.standard().formatted(code).orElse(code) + ": " + detail);
    }

    /** "sp …" (and " v …") of a period, for a finding: built only when there is one. */
    private static String at(Period p, boolean withValue) {
        return "sp " + p.sp() + (withValue ? " v " + p.v() : "");
    }

    /** The instant of a DIP timestamp, or {@code null} if it is not one (parsed once, not checked and parsed). */
    private static Instant parse(String text) {
        try {
            return DipTimestamps.parseInstant(text);
        } catch (InvalidDipTimestampException e) {
            return null;
        }
    }

    private static int firstEarlierSame(Instant[] ends, int i) {
        for (int j = 0; j < i; j++) {
            if (ends[i].equals(ends[j])) {
                return j;
            }
        }
        return -1;
    }

    private static int overlapping(Instant[] ends, int i) {
        for (int j = 0; j < ends.length; j++) {
            if (j != i && ends[j] != null && !ends[j].equals(ends[i])
                    && Duration.between(ends[j], ends[i]).abs().compareTo(HALF_HOUR) < 0) {
                return j;
            }
        }
        return -1;
    }
}
