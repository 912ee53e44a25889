package uk.mhhs.mds.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Annual consumption (IF-040) of an MPAN from the daily totals of the last 12 months.
 *
 * <h2>The year</h2>
 * The window is the 12 months ending on {@code lastDate}: the days after {@code lastDate − 1 year} up to and
 * including {@code lastDate}, 365 days (366 when it contains 29 February). Days outside it are ignored; if a date
 * is given twice the later entry wins.
 *
 * <h2>Volume</h2>
 * A day "has data" when its origin is A (actual) or E (estimated by the data service) and it has a kWh total;
 * defaulted (D) and missing days have none, because a default is itself derived from an annual consumption.
 * AC = Σ kWh over the days with data × 365 ÷ the number of days with data, scale 3 HALF_UP (so a leap year of
 * data is scaled to 365 days). With no day with data, the AC is the given default with quality D.
 *
 * <h2>Quality indicator (reconstructed order)</h2>
 * The catalogue lists A 100 % actual, 1 &gt; 75 % actual, 2 &lt; 75 % actual, 3 100 % estimated, 4 &gt; 50 % no
 * data, 5 &lt; 50 % no data, D default, and leaves the order of the tests and the boundaries open. Here, with
 * shares of the window's days:
 * <ol>
 * <li>no day with data → D (the default);</li>
 * <li>no-data share &gt; 50 % → 4;</li>
 * <li>any day without data (no-data share ≤ 50 %, so exactly 50 % is 5) → 5;</li>
 * <li>every day actual → A;</li>
 * <li>every day estimated → 3;</li>
 * <li>actual share &gt; 75 % → 1;</li>
 * <li>otherwise (actual share ≤ 75 %, so exactly 75 % is 2) → 2.</li>
 * </ol>
 * The no-data tests come first so that A, 1, 2 and 3 always describe a complete year.
 */
public final class AnnualConsumptionCalculator {

    /** The days a year's consumption is scaled to. */
    public static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private AnnualConsumptionCalculator() {}

    /**
     * @param days       daily totals, any order, may include days outside the window
     * @param lastDate   the last settlement date of the 12 months
     * @param defaultKwh the default AC used when there is no data at all (e.g. the profile class default)
     * @return the AC and its quality indicator
     */
    public static AnnualConsumption calculate(List<DailyTotal> days, LocalDate lastDate, BigDecimal defaultKwh) {
        LocalDate exclusiveStart = lastDate.minusYears(1);
        long windowDays = ChronoUnit.DAYS.between(exclusiveStart, lastDate);
        Map<LocalDate, DailyTotal> byDate = new TreeMap<>();
        for (DailyTotal day : days) {
            if (day.date().isAfter(exclusiveStart) && !day.date().isAfter(lastDate)) {
                byDate.put(day.date(), day);
            }
        }
        long actual = 0;
        long estimated = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (DailyTotal day : byDate.values()) {
            if (day.kwh() == null) {
                continue;
            }
            if (ConsumptionComponentClasses.ACTUAL.equals(day.origin())) {
                actual++;
            } else if (ConsumptionComponentClasses.ESTIMATED.equals(day.origin())) {
                estimated++;
            } else {
                continue;
            }
            sum = sum.add(day.kwh());
        }
        long withData = actual + estimated;
        if (withData == 0) {
            return new AnnualConsumption(defaultKwh == null ? null : defaultKwh.setScale(3, RoundingMode.HALF_UP), "D");
        }
        BigDecimal kwh = sum.multiply(DAYS_PER_YEAR).divide(BigDecimal.valueOf(withData), 3, RoundingMode.HALF_UP);
        long noData = windowDays - withData;
        String quality;
        if (noData * 2 > windowDays) {
            quality = "4";
        } else if (noData > 0) {
            quality = "5";
        } else if (actual == windowDays) {
            quality = "A";
        } else if (estimated == windowDays) {
            quality = "3";
        } else if (actual * 4 > windowDays * 3) {
            quality = "1";
        } else {
            quality = "2";
        }
        return new AnnualConsumption(kwh, quality);
    }
}
