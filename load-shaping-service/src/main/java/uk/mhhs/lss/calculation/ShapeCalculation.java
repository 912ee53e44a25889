package uk.mhhs.lss.calculation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.mhhs.lss.LssProperties;
import uk.mhhs.lss.publication.ShapePublisher;
import uk.mhhs.lss.rules.Category;
import uk.mhhs.lss.shapes.StoredShape;
import uk.mhhs.lss.rules.CategoryShape;
import uk.mhhs.lss.rules.DayShapes;
import uk.mhhs.lss.rules.LssSettings;
import uk.mhhs.lss.rules.PeriodSums;
import uk.mhhs.lss.rules.RecalculationRule;
import uk.mhhs.lss.rules.ShapeCalculator;
import uk.mhhs.lss.rules.Totals;
import uk.mhhs.lss.rules.TotalsCalculator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calculates one UTC date's load shapes and publishes them: the fine sample summed by PostgreSQL
 * ({@link ShapeStore#fineSums}), the shapes of every category seen, each category's coarser levels (so a data service
 * finds a shape at whatever level it looks) and the configured ones ({@link ShapeCalculator}), their totals over the
 * stored day totals ({@link TotalsCalculator}), stored as a new run and sent as IF-022 and IF-023 through the outbox,
 * all in one transaction. A date's calculations are serialised across instances by a transaction-scoped advisory
 * lock; a date already calculated is calculated again only when its sample moved by more than the configured share
 * (late data), as the next run number, and both runs stay queryable.
 */
@Service
public class ShapeCalculation {

    private static final Logger LOG = LoggerFactory.getLogger(ShapeCalculation.class);
    /** Advisory lock key space of LSS calculations: this + the date's epoch day. */
    private static final long LOCK_BASE = 0x4C53530000000000L;

    private final JdbcTemplate jdbc;
    private final ShapeStore store;
    private final ShapePublisher publisher;
    private final ShapeCalculator calculator;
    private final TotalsCalculator totals;
    private final LssSettings settings;
    private final Set<Category> configured;
    private final MeterRegistry meters;

    public ShapeCalculation(JdbcTemplate jdbc, ShapeStore store, ShapePublisher publisher, LssProperties properties,
                            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.store = store;
        this.publisher = publisher;
        this.settings = properties.settings();
        this.calculator = new ShapeCalculator(settings);
        this.totals = new TotalsCalculator(settings);
        this.configured = properties.configuredCategories();
        this.meters = meters;
    }

    /** The outcome: the run written (empty when the existing run stands) and why. */
    public record Outcome(LocalDate date, Optional<Integer> run, int sample, String reason) {
    }

    /** Calculates {@code date} if it has no run yet or its sample moved enough since the last. */
    @Transactional
    public Outcome calculate(LocalDate date) {
        Timer.Sample timing = Timer.start(meters);
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK_BASE + date.toEpochDay());
        int sample = store.sample(date);
        Optional<ShapeStore.Run> latest = store.latestRun(date);
        if (latest.isPresent() && !RecalculationRule.needed(latest.get().sample(), sample,
                settings.recalculationShare())) {
            return new Outcome(date, Optional.empty(), sample, "run " + latest.get().number() + " stands (sample "
                    + latest.get().sample() + " → " + sample + ")");
        }
        Map<Category, PeriodSums> fine = store.fineSums(date);
        Map<Category, BigDecimal[]> previousWeek = store.latestValues(date.minusDays(7));
        DayShapes shapes = calculator.calculate(date, fine, toPublish(fine), c -> Optional.ofNullable(
                previousWeek.get(c)));
        Map<Category, Map<LocalDate, Totals>> history = store.dayTotals(date.minusDays(364), date.minusDays(1));
        int run = latest.map(r -> r.number() + 1).orElse(1);
        List<StoredShape> rows = new ArrayList<>(shapes.shapes().size());
        for (CategoryShape shape : shapes.shapes().values()) {
            Category c = shape.c();
            Totals t = totals.totals(date, shape.values(), history.getOrDefault(c, Map.of()));
            rows.add(new StoredShape(date, run, c.gspGroup(), c.connectionType(), c.segment(), c.domestic(), c.mq(),
                    shape.values(), shape.flags(), shape.sample(), t.dayTotal(), t.dayPeak(), t.dayOffPeak(),
                    t.sevenDayTotal(), t.sevenDayPeak(), t.sevenDayOffPeak(), t.annualTotal()));
            count(shape);
        }
        store.insertRun(new ShapeStore.Run(date, run, sample, rows.size()));
        store.insertShapes(rows);
        publisher.publish(date, rows);
        meters.summary("lss.sample.mpans").record(sample);
        timing.stop(meters.timer("lss.calculation"));
        LOG.info("load shapes of {}: run {}, {} categories, sample {} MPAN-days", date, run, rows.size(), sample);
        return new Outcome(date, Optional.of(run), sample, latest.isEmpty() ? "first run"
                : "sample moved " + latest.get().sample() + " → " + sample);
    }

    /** Every fine category seen, each one's coarser levels, and the configured ones. */
    private Set<Category> toPublish(Map<Category, PeriodSums> fine) {
        Set<Category> result = new LinkedHashSet<>();
        for (Category c : fine.keySet()) {
            result.addAll(ShapeCalculator.ladder(c));
        }
        result.addAll(configured);
        return result;
    }

    private void count(CategoryShape shape) {
        String worst = "A";
        for (String flag : shape.flags()) {
            if ("BED".indexOf(flag) >= 0 && "ADEB".indexOf(flag) > "ADEB".indexOf(worst)) {
                worst = flag;
            }
        }
        meters.counter("lss.categories", "flag", worst).increment();
    }
}
