package uk.mhhs.lss.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Every threshold and choice of the load shape rules, so the service can configure them. {@link #defaults()}
 * gives the documented defaults; all of them are reconstructions, not values taken from a published industry
 * document.
 *
 * @param minimumSample          the number of MPANs with an actual value in a period that a level of the fallback
 *                               ladder needs to give that period's value; default 30. Counted per period.
 * @param standardShape          the last back-stop: 48 kWh values (index 0 = period ending 00:30Z), scale 3;
 *                               default a flat 0.250 kWh per period (12 kWh a day, ≈ 4 380 kWh a year — of the
 *                               order of a GB domestic consumption; it only has to be a plausible non-zero
 *                               shape)
 * @param peakPeriods            the UTC periods of the peak total, 1-based ({@link PeriodRange}); default "15-48"
 * @param offPeakPeriods         the UTC periods of the off-peak total; default "1-14". The alternative variant
 *                               "1,16-48" / "2-15" is expressible. The two must not overlap; they need not cover
 *                               all 48 periods (a period in neither counts only in the day total).
 * @param recalculationShare     a published shape is recalculated when the sample changes by more than this
 *                               share of the previous sample ({@link RecalculationRule}); default 0.05
 * @param minimumDaysForAnnual   with fewer days present in the rolling 365 days the annual total is flagged as
 *                               not reliable ({@link TotalsCalculator}); default 7
 */
public record LssSettings(
        int minimumSample,
        List<BigDecimal> standardShape,
        String peakPeriods,
        String offPeakPeriods,
        BigDecimal recalculationShare,
        int minimumDaysForAnnual) {

    public static final int DEFAULT_MINIMUM_SAMPLE = 30;
    public static final BigDecimal DEFAULT_STANDARD_PERIOD_KWH = new BigDecimal("0.250");
    public static final String DEFAULT_PEAK = "15-48";
    public static final String DEFAULT_OFF_PEAK = "1-14";
    public static final BigDecimal DEFAULT_RECALCULATION_SHARE = new BigDecimal("0.05");
    public static final int DEFAULT_MINIMUM_DAYS_FOR_ANNUAL = 7;

    public LssSettings {
        if (minimumSample < 1) {
            throw new IllegalArgumentException("minimumSample must be at least 1, got " + minimumSample);
        }
        Objects.requireNonNull(standardShape, "standardShape");
        if (standardShape.size() != PeriodRange.PERIODS) {
            throw new IllegalArgumentException("standardShape must have 48 values, got " + standardShape.size());
        }
        for (int i = 0; i < PeriodRange.PERIODS; i++) {
            BigDecimal v = Objects.requireNonNull(standardShape.get(i), "standardShape value " + (i + 1));
            if (v.signum() < 0) {
                throw new IllegalArgumentException("standardShape value of period " + (i + 1) + " is negative");
            }
        }
        standardShape = standardShape.stream().map(v -> v.setScale(3, RoundingMode.HALF_UP)).toList();
        if (PeriodRange.parse(peakPeriods).overlaps(PeriodRange.parse(offPeakPeriods))) {
            throw new IllegalArgumentException("peakPeriods \"" + peakPeriods + "\" and offPeakPeriods \""
                    + offPeakPeriods + "\" overlap");
        }
        Objects.requireNonNull(recalculationShare, "recalculationShare");
        if (recalculationShare.signum() < 0) {
            throw new IllegalArgumentException("recalculationShare must not be negative");
        }
        if (minimumDaysForAnnual < 1 || minimumDaysForAnnual > 365) {
            throw new IllegalArgumentException("minimumDaysForAnnual must be 1..365, got " + minimumDaysForAnnual);
        }
    }

    /** The documented defaults. */
    public static LssSettings defaults() {
        return new LssSettings(DEFAULT_MINIMUM_SAMPLE, flatShape(DEFAULT_STANDARD_PERIOD_KWH), DEFAULT_PEAK,
                DEFAULT_OFF_PEAK, DEFAULT_RECALCULATION_SHARE, DEFAULT_MINIMUM_DAYS_FOR_ANNUAL);
    }

    /** 48 times the same value. */
    public static List<BigDecimal> flatShape(BigDecimal perPeriod) {
        return Collections.nCopies(PeriodRange.PERIODS, perPeriod);
    }

    /** A copy with another minimum sample. */
    public LssSettings withMinimumSample(int sample) {
        return new LssSettings(sample, standardShape, peakPeriods, offPeakPeriods, recalculationShare,
                minimumDaysForAnnual);
    }

    /** A copy with other peak / off-peak ranges. */
    public LssSettings withPeakAndOffPeak(String peak, String offPeak) {
        return new LssSettings(minimumSample, standardShape, peak, offPeak, recalculationShare, minimumDaysForAnnual);
    }

    /** A copy with another standard shape. */
    public LssSettings withStandardShape(List<BigDecimal> shape) {
        return new LssSettings(minimumSample, shape, peakPeriods, offPeakPeriods, recalculationShare,
                minimumDaysForAnnual);
    }

    /** The parsed peak periods. */
    public PeriodRange peak() {
        return PeriodRange.parse(peakPeriods);
    }

    /** The parsed off-peak periods. */
    public PeriodRange offPeak() {
        return PeriodRange.parse(offPeakPeriods);
    }

    /** The standard shape as a fresh array of 48 values, scale 3. */
    public BigDecimal[] standardShapeArray() {
        return standardShape.toArray(new BigDecimal[0]);
    }
}
