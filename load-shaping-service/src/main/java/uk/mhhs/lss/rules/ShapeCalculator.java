package uk.mhhs.lss.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Calculates the load shapes of one UTC settlement date from the fine sample.
 *
 * <h2>Per period j (0..47) of category c</h2>
 * <ol>
 * <li>The fallback ladder, finest first: c itself; the same GSP group with domestic any; national with c's
 * domestic indicator; national with domestic any. A level equal to an earlier one (c already national or
 * domestic any) is skipped. A level's sample is the sum of the fine categories it contains
 * ({@link SampleCube#aggregate}).</li>
 * <li>The first level whose count of MPANs with an actual value in period j is at least
 * {@link LssSettings#minimumSample()} gives the value: the sum of their actual values / the count, scale 3
 * HALF_UP (rounded once). Flag A when it is c's own level, D for a coarser one.</li>
 * <li>No level has enough: the back-stop value — c's value published 7 days before if there is one for
 * period j, else the standard shape's. Flag E when some level (so the coarsest, national any) has at least
 * one actual value in period j, flag B when none has any.</li>
 * </ol>
 * The ladder is evaluated per period, because the minimum sample is a count per period; a day can therefore mix
 * A and D (e.g. fewer smart meters read at night). The date itself plays no part: every UTC date has 48 periods,
 * clock-change days included.
 */
public final class ShapeCalculator {

    private static final String[] LEVEL_SOURCES = {ShapeSource.CATEGORY, ShapeSource.GROUP, ShapeSource.NATIONAL,
        ShapeSource.NATIONAL_ANY};
    private static final List<String> SOURCE_ORDER = List.of(ShapeSource.CATEGORY, ShapeSource.GROUP,
            ShapeSource.NATIONAL, ShapeSource.NATIONAL_ANY, ShapeSource.PREVIOUS_WEEK, ShapeSource.STANDARD);

    private final LssSettings settings;

    public ShapeCalculator(LssSettings s) {
        this.settings = Objects.requireNonNull(s, "settings");
    }

    /**
     * The shapes of {@code date} for every category in {@code published}.
     *
     * @param date      the UTC settlement date (only labels the result)
     * @param fine      the sample per fine category ({@link PeriodSums}); categories absent have no data
     * @param published the categories to publish: every fine category seen plus those configured
     *                  ({@link #toPublish})
     * @param backStop  the values published 7 days before, per category
     */
    public DayShapes calculate(LocalDate date, Map<Category, PeriodSums> fine, Set<Category> published,
            BackStop backStop) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(fine, "fine");
        Objects.requireNonNull(backStop, "backStop");
        Map<Category, PeriodSums> cache = new LinkedHashMap<>();
        Map<Category, CategoryShape> shapes = new LinkedHashMap<>();
        for (Category c : published) {
            shapes.put(c, shape(c, fine, cache, backStop));
        }
        return new DayShapes(date, shapes);
    }

    /** Every fine category with data plus the configured ones, fine ones first. */
    public static Set<Category> toPublish(Map<Category, PeriodSums> fine, Set<Category> configured) {
        Set<Category> out = new LinkedHashSet<>(fine.keySet());
        out.addAll(configured);
        return out;
    }

    /** The distinct levels of the fallback ladder of {@code c}, finest first (1 to 4 of them). */
    public static List<Category> ladder(Category c) {
        List<Category> levels = new ArrayList<>(4);
        for (Category level : List.of(c, c.withAnyDomestic(), c.national(), c.national().withAnyDomestic())) {
            if (!levels.contains(level)) {
                levels.add(level);
            }
        }
        return levels;
    }

    private CategoryShape shape(Category c, Map<Category, PeriodSums> fine, Map<Category, PeriodSums> cache,
            BackStop backStop) {
        List<Category> levels = ladder(c);
        List<PeriodSums> sums = new ArrayList<>(levels.size());
        for (Category level : levels) {
            sums.add(cache.computeIfAbsent(level, l -> SampleCube.aggregate(fine, l)));
        }
        String[] levelSources = new String[levels.size()];
        List<Category> all = List.of(c, c.withAnyDomestic(), c.national(), c.national().withAnyDomestic());
        for (int k = 0; k < levels.size(); k++) {
            levelSources[k] = LEVEL_SOURCES[all.indexOf(levels.get(k))];
        }
        BigDecimal[] previous = null;
        BigDecimal[] values = new BigDecimal[PeriodRange.PERIODS];
        String[] flags = new String[PeriodRange.PERIODS];
        Set<String> sources = new TreeSet<>((a, b) -> SOURCE_ORDER.indexOf(a) - SOURCE_ORDER.indexOf(b));
        PeriodSums coarsest = sums.get(sums.size() - 1);
        for (int j = 0; j < PeriodRange.PERIODS; j++) {
            int found = -1;
            for (int k = 0; k < sums.size() && found < 0; k++) {
                if (sums.get(k).countAt(j) >= settings.minimumSample()) {
                    found = k;
                }
            }
            if (found >= 0) {
                values[j] = sums.get(found).meanKwh(j);
                flags[j] = found == 0 ? ShapeFlag.ACTUAL : ShapeFlag.DEFAULT;
                sources.add(levelSources[found]);
                continue;
            }
            if (previous == null) {
                previous = previousWeek(c, backStop);
            }
            if (previous[j] != null) {
                values[j] = previous[j];
                sources.add(ShapeSource.PREVIOUS_WEEK);
            } else {
                values[j] = settings.standardShape().get(j);
                sources.add(ShapeSource.STANDARD);
            }
            flags[j] = coarsest.countAt(j) > 0 ? ShapeFlag.ESTIMATED : ShapeFlag.BACK_STOP;
        }
        int sample = (int) Math.min(Integer.MAX_VALUE, sums.get(0).maxCount());
        return new CategoryShape(c, values, flags, sample, String.join("+", sources));
    }

    private static BigDecimal[] previousWeek(Category c, BackStop backStop) {
        Optional<BigDecimal[]> found = backStop.previousWeek(c);
        BigDecimal[] out = new BigDecimal[PeriodRange.PERIODS];
        if (found == null || found.isEmpty()) {
            return out;
        }
        BigDecimal[] v = found.get();
        if (v.length != PeriodRange.PERIODS) {
            throw new IllegalArgumentException("previous week's shape of " + c + " has " + v.length
                    + " values, expected 48");
        }
        for (int j = 0; j < PeriodRange.PERIODS; j++) {
            out[j] = v[j] == null ? null : v[j].setScale(3, RoundingMode.HALF_UP);
        }
        return out;
    }
}
