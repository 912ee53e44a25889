package uk.mhhs.lss.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The IF-023 totals of a category on a UTC date from its published period values.
 *
 * <ul>
 * <li>Day: Σ of the 48 values; peak / off-peak: Σ over the configured UTC period ranges (1-based; default peak
 * 15–48, off-peak 1–14).</li>
 * <li>7-day: the date and the previous 6 UTC dates. A missing date contributes nothing (the sum of what exists,
 * not scaled): once a category is published the back-stop gives it a value every day, so gaps only occur in
 * the first week of a category; {@link TotalsBasis#sevenDayDaysPresent()} says how many dates were summed.</li>
 * <li>Annual: the rolling 365 UTC dates ending with the date (date − 364 .. date). Missing dates are made up by
 * scaling: Σ present × 365 / days present (scale 3 HALF_UP). With fewer than
 * {@link LssSettings#minimumDaysForAnnual()} dates present the rule is "365 × the mean daily total" — which is
 * arithmetically the same number (Σ/n × 365), so the value is computed the same way and only
 * {@link TotalsBasis#annualReliable()} is false.</li>
 * </ul>
 * Dates in {@code history} outside the windows are ignored. The date itself must be present; every series must
 * have 48 non-null values.
 */
public final class TotalsCalculator {

    static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);

    private final LssSettings settings;
    private final PeriodRange peak;
    private final PeriodRange offPeak;

    public TotalsCalculator(LssSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.peak = settings.peak();
        this.offPeak = settings.offPeak();
    }

    /**
     * The totals of {@code date}.
     *
     * @param history the category's published values (48 per date) — at least the date itself, ideally the
     *                previous 364 dates too
     */
    public Totals totals(LocalDate date, Map<LocalDate, BigDecimal[]> history) {
        BigDecimal[] today = series(date, history);
        if (today == null) {
            throw new IllegalArgumentException("no published values for the date " + date);
        }
        BigDecimal day = sum(today, null);
        BigDecimal dayPeak = sum(today, peak);
        BigDecimal dayOff = sum(today, offPeak);
        BigDecimal week = zero();
        BigDecimal weekPeak = zero();
        BigDecimal weekOff = zero();
        for (int back = 0; back < 7; back++) {
            BigDecimal[] v = series(date.minusDays(back), history);
            if (v != null) {
                week = week.add(sum(v, null));
                weekPeak = weekPeak.add(sum(v, peak));
                weekOff = weekOff.add(sum(v, offPeak));
            }
        }
        BigDecimal year = zero();
        int present = 0;
        for (int back = 0; back < 365; back++) {
            BigDecimal[] v = series(date.minusDays(back), history);
            if (v != null) {
                year = year.add(sum(v, null));
                present++;
            }
        }
        BigDecimal annual = year.multiply(DAYS_IN_YEAR).divide(BigDecimal.valueOf(present), 3, RoundingMode.HALF_UP);
        return new Totals(day, dayPeak, dayOff, week, weekPeak, weekOff, annual);
    }

    /**
     * The totals of {@code date} from its own values and the earlier dates' day totals (what a store keeps, instead
     * of 364 days of 48 values): the same sums as {@link #totals(LocalDate, Map)}, since every rolling total is a sum
     * of day, peak or off-peak totals.
     *
     * @param earlier the category's day, peak and off-peak totals of earlier dates (others are ignored)
     */
    public Totals totals(LocalDate date, BigDecimal[] today, Map<LocalDate, Totals> earlier) {
        BigDecimal[] values = series(date, Map.of(date, today));
        BigDecimal day = sum(values, null);
        BigDecimal dayPeak = sum(values, peak);
        BigDecimal dayOff = sum(values, offPeak);
        BigDecimal week = day;
        BigDecimal weekPeak = dayPeak;
        BigDecimal weekOff = dayOff;
        BigDecimal year = day;
        int present = 1;
        for (int back = 1; back < 365; back++) {
            Totals t = earlier.get(date.minusDays(back));
            if (t == null) {
                continue;
            }
            if (back < 7) {
                week = week.add(t.dayTotal());
                weekPeak = weekPeak.add(t.dayPeak());
                weekOff = weekOff.add(t.dayOffPeak());
            }
            year = year.add(t.dayTotal());
            present++;
        }
        BigDecimal annual = year.multiply(DAYS_IN_YEAR).divide(BigDecimal.valueOf(present), 3, RoundingMode.HALF_UP);
        return new Totals(day, dayPeak, dayOff, week, weekPeak, weekOff, annual);
    }

    /** How many dates the totals of {@code date} rest on. */
    public TotalsBasis basis(LocalDate date, Map<LocalDate, BigDecimal[]> history) {
        int week = 0;
        int year = 0;
        for (int back = 0; back < 365; back++) {
            if (history.containsKey(date.minusDays(back))) {
                year++;
                if (back < 7) {
                    week++;
                }
            }
        }
        return new TotalsBasis(week, year, year >= settings.minimumDaysForAnnual());
    }

    private static BigDecimal[] series(LocalDate d, Map<LocalDate, BigDecimal[]> history) {
        BigDecimal[] v = history.get(d);
        if (v == null) {
            return null;
        }
        if (v.length != PeriodRange.PERIODS) {
            throw new IllegalArgumentException("values of " + d + " have " + v.length + " periods, expected 48");
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null) {
                throw new IllegalArgumentException("value of period " + (i + 1) + " of " + d + " is missing");
            }
        }
        return v;
    }

    private static BigDecimal sum(BigDecimal[] v, PeriodRange range) {
        BigDecimal s = zero();
        for (int i = 0; i < PeriodRange.PERIODS; i++) {
            if (range == null || range.containsIndex(i)) {
                s = s.add(v[i]);
            }
        }
        return s.setScale(3, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(3);
    }
}
