package uk.mhhs.dataservice.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.mhhs.dataservice.rules.estimation.AnnualConsumptionChoice;
import uk.mhhs.dataservice.rules.estimation.Apportion;
import uk.mhhs.dataservice.rules.validation.MeterValidation;

/**
 * Validates and estimates one MPAN's UTC settlement day: always 48 period values, index i = the period ending
 * 00:00Z + 30(i+1) min. Pure and thread-safe; one instance serves every MPAN-day.
 *
 * <h2>Order of the rules</h2>
 * <ol>
 * <li><b>Consent</b> (SMART only; ADVANCED and UNMETERED have no consent rule): consent D or M (opt-out of
 * half-hourly data) → the whole day from the load shape, every period AC × LS_i / LS_annual, q = E9, e = "1";
 * consent N (non-smart) → the same with e = "10". Actual readings are not used. AC as in step 7. Any other
 * consent than H, D, M, N is treated as H with a warning.</li>
 * <li><b>Energisation</b>: disconnected → all 48 zero, q = ZE, e = "8"; else de-energised → all 48 zero, q = ZE,
 * e = "7". Readings are ignored (a warning if any is non-zero). With
 * {@link VeSettings#energisationBeforeConsent()} this step comes before step 1.</li>
 * <li><b>Validation</b> of each main-meter value: a value flagged invalid by the caller (duplicates, see
 * {@link uk.mhhs.dataservice.rules.validation.ReadingAssembly}), a negative import or a value above the
 * plausibility maximum of the connection type is invalid (estimated later with e = "3"; missing periods get
 * e = "2"). A valid SMART or UNMETERED value is actual, q = A.
 * ADVANCED only, against the check meter: a valid main value that agrees with a valid check value (within
 * max(1 % of check, 0.1 kWh)) is q = A; one that disagrees is replaced by the check value, q = A2, with a
 * warning; without a valid check value it is q = A1. A missing or invalid main value with a valid check value
 * is also substituted, q = A2. Actuals (A, A1, A2) carry no estimation reason (e = null); A3 is an estimate.
 * When all 48 periods are known and a daily register advance exists, |Σ − advance| > max(0.5 kWh, 2 %)
 * gives a warning; the actuals are kept.</li>
 * <li><b>Vacant / remote disabled</b>: the periods still without a value are zero, q = ZE2, e = "5" (vacant
 * takes precedence) or q = ZE3, e = "6". Actuals are kept.</li>
 * <li><b>Zero advance</b>: a known advance (daily, else the multi-day share) of exactly 0 makes every period
 * still without a value zero, q = ZE (warning if the known values are not all zero).</li>
 * <li><b>Interpolation</b>: a run of at most {@link VeSettings#maxInterpolationGap()} (default 1, i.e. a single
 * isolated period) periods without a value, with known values on both sides (so never period 0 or 47), is
 * interpolated linearly: value = (L·(g+1−k) + R·k) / (g+1) for the k-th of g periods (g = 1: the mean of the
 * neighbours). SMART/UNMETERED q = E0. ADVANCED: when an advance is known and interpolation fills every
 * remaining gap, the interpolated values are scaled to the remainder (advance − Σ known): value_k =
 * remainder × I_k / Σ I (I = the unscaled interpolations), q = A3 (remainder &lt; 0 → zeros, warning);
 * otherwise the unscaled value, q = EA1.</li>
 * <li><b>Advance</b>: with a daily register advance (q = E2) or else a multi-day advance share (q = E3):
 * remainder = advance − Σ known values (actuals, substitutes and interpolations), spread over the remaining
 * periods by the load shape: SP_i = remainder × LS_i / Σ_missing LS_j (equal shares when Σ LS_j = 0; the
 * rounding residual on the largest-shape period, {@link VeSettings#balanceRoundingResidual()}). A negative
 * remainder gives zeros and a warning.</li>
 * <li><b>Annual consumption</b>: otherwise AC × LS_i / LS_annual, q = E9 (ADVANCED: EA12), where AC is chosen by
 * {@link AnnualConsumptionChoice} (SNAC under 12 months old, else the MDS AC, else the configured default for
 * the connection type, with a warning). With no AC at all: zeros, q = ZE1, warning.</li>
 * </ol>
 * Every estimate in steps 4–7 carries e = "2" for a missing period and e = "3" for an invalid one. Values are
 * rounded HALF_UP to 3 decimals once, when the value is produced.
 *
 * <p>Reconstructed: the order, the tolerances and defaults in {@link VeSettings}, A2 for a missing main value,
 * consent applying to SMART only, e = "3" for invalid periods in every step.
 */
public final class DayProcessor {

    /** Periods in a UTC settlement day. */
    public static final int PERIODS = 48;

    private static final BigDecimal ZERO3 = new BigDecimal("0.000");
    private static final MathContext PROVISIONAL = MathContext.DECIMAL64;
    private static final BigDecimal[] SMALL = {BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.valueOf(2),
        BigDecimal.valueOf(3), BigDecimal.valueOf(4), BigDecimal.valueOf(5), BigDecimal.valueOf(6)};

    // state of a period after validation
    private static final byte MISSING = 0;
    private static final byte INVALID = 1;
    private static final byte ACTUAL = 2; // q from qs[]

    private static final PeriodValue ZE_DE_ENERGISED = new PeriodValue(ZERO3, Quality.ZE, EstimationReason.DE_ENERGISED, null);
    private static final PeriodValue ZE_DISCONNECTED = new PeriodValue(ZERO3, Quality.ZE, EstimationReason.DISCONNECTED, null);

    private final VeSettings s;

    public DayProcessor(VeSettings s) {
        this.s = Objects.requireNonNull(s, "settings");
    }

    /** Processes a day without periods flagged invalid by the caller. */
    public DayOutcome process(MpanDayFacts f, MeterDay d, LoadShape shape) {
        return process(f, d, shape, 0L);
    }

    /**
     * Processes a day.
     *
     * @param f              the MPAN's facts on the day
     * @param d              the readings
     * @param shape          the load shape for the day (see {@link ShapeChoice}); needed only when an estimate
     *                       uses it, may be {@code null} otherwise
     * @param invalidPeriods bit i set = period i is invalid whatever its value (e.g. conflicting duplicates)
     */
    public DayOutcome process(MpanDayFacts f, MeterDay d, LoadShape shape, long invalidPeriods) {
        Objects.requireNonNull(f, "facts");
        Objects.requireNonNull(d, "meter day");
        PeriodValue[] out = new PeriodValue[PERIODS];
        List<String> warnings = new ArrayList<>();

        if (s.energisationBeforeConsent() && energisation(f, d, out, warnings)) {
            return finish(out, warnings);
        }
        if (f.segment() == Segment.SMART && f.consent() != null && !"H".equals(f.consent())) {
            String reason = null;
            switch (f.consent()) {
                case "D":
                case "M":
                    reason = EstimationReason.OPT_OUT;
                    break;
                case "N":
                    reason = EstimationReason.NON_SMART;
                    break;
                default:
                    warnings.add("unknown consent " + f.consent() + " treated as H");
            }
            if (reason != null) {
                wholeDayFromShape(f, d.date(), shape, reason, out, warnings);
                return finish(out, warnings);
            }
        }
        if (!s.energisationBeforeConsent() && energisation(f, d, out, warnings)) {
            return finish(out, warnings);
        }

        // validation
        BigDecimal[] v = new BigDecimal[PERIODS];
        byte[] st = new byte[PERIODS];
        String[] qs = new String[PERIODS];
        BigDecimal max = s.maxKwhPerPeriod(f.connectionType(), f.segment());
        BigDecimal[] main = d.main();
        boolean advanced = f.segment() == Segment.ADVANCED;
        BigDecimal[] check = advanced ? d.check() : null;
        int gaps = 0;
        for (int i = 0; i < PERIODS; i++) {
            BigDecimal x = main == null ? null : main[i];
            byte state;
            if ((invalidPeriods >>> i & 1L) != 0) {
                state = INVALID;
            } else if (x == null) {
                state = MISSING;
            } else {
                String failure = MeterValidation.failure(x, max);
                if (failure != null) {
                    warnings.add("period " + i + " value " + x.toPlainString() + " invalid: " + failure);
                    state = INVALID;
                } else {
                    state = ACTUAL;
                }
            }
            st[i] = state;
            if (advanced) {
                BigDecimal c = check == null ? null : check[i];
                boolean checkOk = c != null && MeterValidation.failure(c, max) == null;
                if (state == ACTUAL) {
                    if (!checkOk) {
                        v[i] = x;
                        qs[i] = Quality.A1;
                    } else if (MeterValidation.mainDisagreesWithCheck(x, c, s)) {
                        warnings.add("period " + i + " main " + x.toPlainString() + " disagrees with check "
                                + c.toPlainString() + ": check substituted");
                        v[i] = c;
                        qs[i] = Quality.A2;
                    } else {
                        v[i] = x;
                        qs[i] = Quality.A;
                    }
                } else if (checkOk) {
                    v[i] = c;
                    qs[i] = Quality.A2;
                } else {
                    gaps++;
                }
            } else if (state == ACTUAL) {
                v[i] = x;
                qs[i] = Quality.A;
            } else {
                gaps++;
            }
        }
        BigDecimal dailyAdvance = d.registerAdvance();
        if (gaps == 0) {
            if (dailyAdvance != null) {
                BigDecimal sum = sumKnown(v);
                if (MeterValidation.sumDisagreesWithAdvance(sum, dailyAdvance, s)) {
                    warnings.add("half-hourly sum " + sum.toPlainString() + " disagrees with register advance "
                            + dailyAdvance.toPlainString());
                }
            }
            return finish(toValues(v, st, qs, out), warnings);
        }

        // vacant / remote disabled
        if (f.vacant() || f.remoteDisabled()) {
            fillGaps(v, qs, ZERO3, f.vacant() ? Quality.ZE2 : Quality.ZE3);
            return finish(toValues(v, st, qs, out), warnings);
        }

        BigDecimal advance = dailyAdvance != null ? dailyAdvance : d.multiDayAdvanceShare();
        String advanceQ = dailyAdvance != null ? Quality.E2 : Quality.E3;

        // zero advance
        if (advance != null && advance.signum() == 0) {
            if (sumKnown(v).signum() != 0) {
                warnings.add("advance is zero but the known periods add up to " + sumKnown(v).toPlainString());
            }
            fillGaps(v, qs, ZERO3, Quality.ZE);
            return finish(toValues(v, st, qs, out), warnings);
        }

        // interpolation
        int interpolated = 0;
        if (s.maxInterpolationGap() > 0) {
            interpolated = interpolate(v, qs, advanced);
            gaps -= interpolated;
        }
        if (advanced && interpolated > 0) {
            if (advance != null && gaps == 0) {
                scaleInterpolations(v, qs, advance, warnings);
            } else {
                for (int i = 0; i < PERIODS; i++) {
                    if (Quality.EA1.equals(qs[i])) {
                        v[i] = v[i].setScale(3, RoundingMode.HALF_UP);
                    }
                }
            }
        }
        if (gaps == 0) {
            return finish(toValues(v, st, qs, out), warnings);
        }

        if (advance != null) {
            BigDecimal remainder = advance.subtract(sumKnown(v));
            if (remainder.signum() < 0) {
                warnings.add("advance " + advance.toPlainString() + " is below the known periods' sum by "
                        + remainder.negate().toPlainString() + ": missing periods set to zero");
                fillGaps(v, qs, ZERO3, advanceQ);
            } else {
                Objects.requireNonNull(shape, "a load shape is needed to apportion the advance");
                int[] slots = new int[gaps];
                int n = 0;
                for (int i = 0; i < PERIODS; i++) {
                    if (v[i] == null) {
                        slots[n++] = i;
                        qs[i] = advanceQ;
                    }
                }
                Apportion.spread(remainder, shape.periodValues(), slots, n, v, s.balanceRoundingResidual());
            }
            return finish(toValues(v, st, qs, out), warnings);
        }

        // annual consumption × shape
        AnnualConsumptionChoice ac = AnnualConsumptionChoice.choose(f, d.date(), s);
        if (ac.source() == AnnualConsumptionChoice.Source.NONE) {
            warnings.add("no annual consumption and no default for the connection type: missing periods zero");
            fillGaps(v, qs, ZERO3, Quality.ZE1);
            return finish(toValues(v, st, qs, out), warnings);
        }
        if (ac.source() == AnnualConsumptionChoice.Source.DEFAULT) {
            warnings.add("no SNAC or AC: default annual consumption " + ac.kwh().toPlainString() + " used");
        }
        Objects.requireNonNull(shape, "a load shape is needed to estimate from the annual consumption");
        BigDecimal annual = shape.effectiveAnnualTotal();
        String q = advanced ? Quality.EA12 : Quality.E9;
        BigDecimal[] ls = shape.periodValues();
        for (int i = 0; i < PERIODS; i++) {
            if (v[i] == null) {
                v[i] = ac.kwh().multiply(ls[i]).divide(annual, 3, RoundingMode.HALF_UP);
                qs[i] = q;
            }
        }
        return finish(toValues(v, st, qs, out), warnings);
    }

    private boolean energisation(MpanDayFacts f, MeterDay d, PeriodValue[] out, List<String> warnings) {
        PeriodValue zero;
        if (f.disconnected()) {
            zero = ZE_DISCONNECTED;
        } else if (!f.energised()) {
            zero = ZE_DE_ENERGISED;
        } else {
            return false;
        }
        BigDecimal[] main = d.main();
        if (main != null) {
            int nonZero = 0;
            for (BigDecimal x : main) {
                if (x != null && x.signum() != 0) {
                    nonZero++;
                }
            }
            if (nonZero > 0) {
                warnings.add(nonZero + " non-zero readings ignored: MPAN "
                        + (f.disconnected() ? "disconnected" : "de-energised"));
            }
        }
        for (int i = 0; i < PERIODS; i++) {
            out[i] = zero;
        }
        return true;
    }

    private void wholeDayFromShape(MpanDayFacts f, java.time.LocalDate date, LoadShape shape, String reason,
            PeriodValue[] out, List<String> warnings) {
        AnnualConsumptionChoice ac = AnnualConsumptionChoice.choose(f, date, s);
        if (ac.source() == AnnualConsumptionChoice.Source.NONE) {
            warnings.add("no annual consumption and no default for the connection type: day zero");
            PeriodValue zero = new PeriodValue(ZERO3, Quality.ZE1, reason, null);
            for (int i = 0; i < PERIODS; i++) {
                out[i] = zero;
            }
            return;
        }
        if (ac.source() == AnnualConsumptionChoice.Source.DEFAULT) {
            warnings.add("no SNAC or AC: default annual consumption " + ac.kwh().toPlainString() + " used");
        }
        Objects.requireNonNull(shape, "a load shape is needed to estimate from the annual consumption");
        BigDecimal annual = shape.effectiveAnnualTotal();
        BigDecimal[] ls = shape.periodValues();
        for (int i = 0; i < PERIODS; i++) {
            out[i] = new PeriodValue(ac.kwh().multiply(ls[i]).divide(annual, 3, RoundingMode.HALF_UP),
                    Quality.E9, reason, null);
        }
    }

    /** Linear interpolation of short gaps between known values; returns how many periods it filled. */
    private int interpolate(BigDecimal[] v, String[] qs, boolean advanced) {
        int filled = 0;
        int maxGap = s.maxInterpolationGap();
        String q = advanced ? Quality.EA1 : Quality.E0;
        int i = 1;
        while (i < PERIODS - 1) {
            if (v[i] != null || v[i - 1] == null) {
                i++;
                continue;
            }
            int end = i;
            while (end < PERIODS && v[end] == null) {
                end++;
            }
            int g = end - i;
            if (end < PERIODS && g <= maxGap) {
                BigDecimal left = v[i - 1];
                BigDecimal right = v[end];
                if (g == 1) {
                    // the mean; exact (kept unrounded for ADS scaling) or rounded once
                    BigDecimal sum = left.add(right);
                    v[i] = advanced ? sum.divide(SMALL[2]) : sum.divide(SMALL[2], 3, RoundingMode.HALF_UP);
                } else {
                    BigDecimal steps = g + 1 < SMALL.length ? SMALL[g + 1] : BigDecimal.valueOf(g + 1);
                    for (int k = 1; k <= g; k++) {
                        BigDecimal num = left.multiply(BigDecimal.valueOf(g + 1 - k)).add(right.multiply(BigDecimal.valueOf(k)));
                        v[i + k - 1] = advanced ? num.divide(steps, PROVISIONAL) : num.divide(steps, 3, RoundingMode.HALF_UP);
                    }
                }
                for (int k = i; k < end; k++) {
                    qs[k] = q;
                }
                filled += g;
            }
            i = end + 1;
        }
        return filled;
    }

    /** ADS: scales the (provisional) EA1 interpolations to advance − Σ other known values, q = A3. */
    private void scaleInterpolations(BigDecimal[] v, String[] qs, BigDecimal advance, List<String> warnings) {
        BigDecimal known = BigDecimal.ZERO;
        int n = 0;
        int[] slots = new int[PERIODS];
        for (int i = 0; i < PERIODS; i++) {
            if (Quality.EA1.equals(qs[i])) {
                slots[n++] = i;
                qs[i] = Quality.A3;
            } else {
                known = known.add(v[i]);
            }
        }
        BigDecimal remainder = advance.subtract(known);
        if (remainder.signum() < 0) {
            warnings.add("advance " + advance.toPlainString() + " is below the known periods' sum by "
                    + remainder.negate().toPlainString() + ": interpolated periods set to zero");
            for (int k = 0; k < n; k++) {
                v[slots[k]] = ZERO3;
            }
            return;
        }
        BigDecimal[] weights = new BigDecimal[PERIODS];
        for (int k = 0; k < n; k++) {
            weights[slots[k]] = v[slots[k]];
        }
        Apportion.spread(remainder, weights, slots, n, v, s.balanceRoundingResidual());
    }

    private static void fillGaps(BigDecimal[] v, String[] qs, BigDecimal value, String q) {
        for (int i = 0; i < PERIODS; i++) {
            if (v[i] == null) {
                v[i] = value;
                qs[i] = q;
            }
        }
    }

    private static BigDecimal sumKnown(BigDecimal[] v) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal x : v) {
            if (x != null) {
                sum = sum.add(x);
            }
        }
        return sum;
    }

    /** Builds the period values: actual family without e, estimates with e by the period's state. */
    private static PeriodValue[] toValues(BigDecimal[] v, byte[] st, String[] qs, PeriodValue[] out) {
        for (int i = 0; i < PERIODS; i++) {
            String q = qs[i];
            BigDecimal x = v[i].scale() == 3 ? v[i] : v[i].setScale(3, RoundingMode.HALF_UP);
            String e;
            if (Quality.isActual(q)) {
                e = null;
            } else if (Quality.ZE2.equals(q)) {
                e = EstimationReason.VACANT;
            } else if (Quality.ZE3.equals(q)) {
                e = EstimationReason.DISABLED;
            } else {
                e = st[i] == INVALID ? EstimationReason.INVALID : EstimationReason.MISSING;
            }
            out[i] = new PeriodValue(x, q, e, null);
        }
        return out;
    }

    private static DayOutcome finish(PeriodValue[] out, List<String> warnings) {
        Map<String, Integer> counts = new HashMap<>(8);
        for (PeriodValue p : out) {
            counts.merge(p.q(), 1, Integer::sum);
        }
        return new DayOutcome(List.of(out), warnings, Collections.unmodifiableMap(counts));
    }
}
