package uk.mhhs.dataservice.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import uk.mhhs.dataservice.rules.estimation.Apportion;

/**
 * Decides a supplier's consumption amendment (IF-027) and produces the revised values (IF-028 / the DS's
 * next IF-021). Pure: the caller supplies the facts.
 *
 * <h2>Checks, in order (first failure rejects; codes and texts from the DES138 catalogue,
 * {@code common-model/.../response-codes.json})</h2>
 * <ol>
 * <li>supplier reference missing or blank → {@code DSCA009} Supplier Reference expected but not provided</li>
 * <li>amendment reason code missing → {@code DSCA015}; not one of A, E, M, R, S, T, X → {@code DSCA011}</li>
 * <li>MQID missing or not AI/AE → {@code DSCA013} Active Power must be provided; RI or RE → {@code DSCA014}
 * Reactive Power provided but not expected/required</li>
 * <li>a start or end date missing, end before start, or the end date not before today (the day is not yet
 * complete) → {@code DSCA999} Rejected (no specific code exists; reconstructed)</li>
 * <li>gross consumption missing or negative → {@code DSCA007} outside of agreed Business Rules</li>
 * <li>gross consumption below {@link VeSettings#amendmentThresholdKwh()} (default 0: off) → {@code DSCA005}</li>
 * <li>supplier reference already used → {@code DSCA010}</li>
 * <li>no date of the period inside the responsibility period [from, to) → {@code DSCA001}; some dates outside
 * → {@code DSCA002}</li>
 * <li>a date D is pre-RF while today is before D + {@link VeSettings#rfCutOffDays()} (default 425 ≈ 14 months;
 * the MHHS target of 4 months is a configuration change): no date pre-RF → {@code DSCA003}; some dates past
 * RF → {@code DSCA004}</li>
 * </ol>
 *
 * <h2>Revised values</h2>
 * The gross consumption G is spread over every period of every date of the period in proportion to weights:
 * the current values when every date has them and their sum is positive (the consumption keeps its own
 * shape), else each date's load shape (a date without a shape weighs its periods equally with weight 1):
 * SP = G × w / Σ w, HALF_UP to 3 decimals, the rounding residual on the largest weight so the periods add
 * up to G exactly. Each value is q = E8, e = "9", arc = the request's. Reconstructed: the weights, E8.
 */
public final class AmendmentRules {

    public static final String OUTSIDE_RESPONSIBILITY = "DSCA001";
    public static final String PARTLY_OUTSIDE_RESPONSIBILITY = "DSCA002";
    public static final String AFTER_RF = "DSCA003";
    public static final String PARTLY_AFTER_RF = "DSCA004";
    public static final String BELOW_THRESHOLD = "DSCA005";
    public static final String CONSUMPTION_OUTSIDE_RULES = "DSCA007";
    public static final String NO_SUPPLIER_REFERENCE = "DSCA009";
    public static final String DUPLICATE_SUPPLIER_REFERENCE = "DSCA010";
    public static final String INVALID_REASON_CODE = "DSCA011";
    public static final String ACTIVE_POWER_REQUIRED = "DSCA013";
    public static final String REACTIVE_NOT_EXPECTED = "DSCA014";
    public static final String NO_REASON_CODE = "DSCA015";
    public static final String REJECTED = "DSCA999";

    private static final int PERIODS = DayProcessor.PERIODS;
    private static final BigDecimal[] FLAT = new BigDecimal[PERIODS];

    static {
        Arrays.fill(FLAT, BigDecimal.ONE);
    }

    private final VeSettings s;

    public AmendmentRules(VeSettings s) {
        this.s = Objects.requireNonNull(s, "settings");
    }

    public AmendmentOutcome decide(AmendmentRequest r, AmendmentFacts f) {
        Objects.requireNonNull(r, "request");
        Objects.requireNonNull(f, "facts");
        if (r.supplierReference() == null || r.supplierReference().isBlank()) {
            return AmendmentOutcome.rejected(NO_SUPPLIER_REFERENCE, "Supplier Reference expected but not provided");
        }
        if (r.arc() == null || r.arc().isBlank()) {
            return AmendmentOutcome.rejected(NO_REASON_CODE, "Supplier Consumption Amendment Reason Code not provided");
        }
        if (!EstimationReason.AMENDMENT_REASON_CODES.contains(r.arc())) {
            return AmendmentOutcome.rejected(INVALID_REASON_CODE, "Reason Code used is invalid/unknown: " + r.arc());
        }
        if ("RI".equals(r.mqid()) || "RE".equals(r.mqid())) {
            return AmendmentOutcome.rejected(REACTIVE_NOT_EXPECTED, "Reactive Power provided but not expected/required");
        }
        if (!"AI".equals(r.mqid()) && !"AE".equals(r.mqid())) {
            return AmendmentOutcome.rejected(ACTIVE_POWER_REQUIRED, "Active Power must be provided");
        }
        LocalDate start = r.startDate();
        LocalDate end = r.endDate();
        if (start == null || end == null || end.isBefore(start)) {
            return AmendmentOutcome.rejected(REJECTED, "Rejected: the period's end is missing or before its start");
        }
        if (!end.isBefore(f.today())) {
            return AmendmentOutcome.rejected(REJECTED, "Rejected: the period must end before today " + f.today());
        }
        BigDecimal gross = r.grossConsumptionKwh();
        if (gross == null || gross.signum() < 0) {
            return AmendmentOutcome.rejected(CONSUMPTION_OUTSIDE_RULES, "Provided Gross Consumption is outside of agreed Business Rules");
        }
        if (gross.compareTo(s.amendmentThresholdKwh()) < 0) {
            return AmendmentOutcome.rejected(BELOW_THRESHOLD, "Provided Gross Consumption is below Consumption Amendment Threshold");
        }
        if (f.usedSupplierReferences().contains(r.supplierReference())) {
            return AmendmentOutcome.rejected(DUPLICATE_SUPPLIER_REFERENCE, "Supplier Reference has already been used");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        int inResponsibility = 0;
        int preRf = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (!d.isBefore(f.responsibleFrom()) && (f.responsibleTo() == null || d.isBefore(f.responsibleTo()))) {
                inResponsibility++;
            }
            if (f.today().isBefore(d.plusDays(s.rfCutOffDays()))) {
                preRf++;
            }
        }
        if (inResponsibility == 0) {
            return AmendmentOutcome.rejected(OUTSIDE_RESPONSIBILITY, "Consumption Amendment Period is wholly outside period of responsibility");
        }
        if (inResponsibility < days) {
            return AmendmentOutcome.rejected(PARTLY_OUTSIDE_RESPONSIBILITY, "Consumption Amendment Period is partially outside period of responsibility");
        }
        if (preRf == 0) {
            return AmendmentOutcome.rejected(AFTER_RF, "Consumption Amendment Period is wholly outside pre-RF period");
        }
        if (preRf < days) {
            return AmendmentOutcome.rejected(PARTLY_AFTER_RF, "Consumption Amendment Period is partially outside pre-RF period");
        }
        return AmendmentOutcome.accepted(spread(r, f, (int) days));
    }

    private SortedMap<LocalDate, List<PeriodValue>> spread(AmendmentRequest r, AmendmentFacts f, int days) {
        int n = days * PERIODS;
        BigDecimal[] weights = new BigDecimal[n];
        boolean useCurrent = true;
        BigDecimal currentSum = BigDecimal.ZERO;
        for (int d = 0; d < days && useCurrent; d++) {
            BigDecimal[] cur = f.currentValues().get(r.startDate().plusDays(d));
            if (cur == null || cur.length != PERIODS) {
                useCurrent = false;
                break;
            }
            for (int i = 0; i < PERIODS; i++) {
                BigDecimal w = cur[i] == null || cur[i].signum() < 0 ? BigDecimal.ZERO : cur[i];
                weights[d * PERIODS + i] = w;
                currentSum = currentSum.add(w);
            }
        }
        if (!useCurrent || currentSum.signum() == 0) {
            for (int d = 0; d < days; d++) {
                LoadShape shape = f.shapes().get(r.startDate().plusDays(d));
                BigDecimal[] ls = shape == null ? FLAT : shape.periodValues();
                System.arraycopy(ls, 0, weights, d * PERIODS, PERIODS);
            }
        }
        int[] slots = new int[n];
        for (int k = 0; k < n; k++) {
            slots[k] = k;
        }
        BigDecimal[] values = new BigDecimal[n];
        Apportion.spread(r.grossConsumptionKwh(), weights, slots, n, values, s.balanceRoundingResidual());
        SortedMap<LocalDate, List<PeriodValue>> out = new TreeMap<>();
        for (int d = 0; d < days; d++) {
            List<PeriodValue> day = new ArrayList<>(PERIODS);
            for (int i = 0; i < PERIODS; i++) {
                day.add(new PeriodValue(values[d * PERIODS + i], Quality.E8, EstimationReason.CONSUMPTION_AMENDMENT, r.arc()));
            }
            out.put(r.startDate().plusDays(d), List.copyOf(day));
        }
        return out;
    }
}
