package uk.mhhs.vas.calculation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.mhhs.vas.VasProperties;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.reference.AllocationReference;
import uk.mhhs.vas.rules.CorrectionBand;
import uk.mhhs.vas.rules.CorrectionFactor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The GSP Group Correction of a run, one GSP group at a time: {@link AggregateSums} sums each BM unit's signed and
 * weighted aggregates per period, the rules turn a period's sums into a correction factor and each BM unit's sums into
 * its allocated demand volume ({@link CorrectionFactor#allocated}). Memory holds one group's BM unit × period sums.
 */
@Service
class CorrectionCalculation implements VolumeAllocation {

    private final AggregateSums sums;
    private final GspGroupTakeRows takes;
    private final ResultWriter writer;
    private final JdbcTemplate jdbc;
    private final CorrectionBand band;

    CorrectionCalculation(AggregateSums sums, GspGroupTakeRows takes, ResultWriter writer, JdbcTemplate jdbc,
                          VasProperties properties) {
        this.sums = sums;
        this.takes = takes;
        this.writer = writer;
        this.jdbc = jdbc;
        this.band = new CorrectionBand(properties.correction().bandLow(), properties.correction().bandHigh());
    }

    @Override
    public AllocationOutcome allocate(RunContext run, AllocationReference reference, Consumer<String> progress) {
        Map<String, TreeMap<Integer, BigDecimal>> take = takes.read(run.gspGroupTakeId());
        take.forEach((gspGroup, periods) -> {
            if (periods.size() != run.periods() || periods.lastKey() != run.periods()) {
                throw new AllocationException("GSP Group Take version " + run.gspGroupTakeId() + " has "
                        + periods.size() + " periods for GSP group " + gspGroup + " but " + run.settlementDate()
                        + " has " + run.periods());
            }
        });
        if (jdbc.queryForList("select 1 from aggregate_set where id = ?", run.aggregateSetId()).isEmpty()) {
            throw new AllocationException("aggregate set " + run.aggregateSetId() + " does not exist");
        }
        writer.clear(run.runId());
        writer.weights(run.runId(), reference.componentClasses().values());
        Tally tally = new Tally();
        Set<String> bmUnitsSeen = new HashSet<>();
        sums.read(run.aggregateSetId(), reference.componentClasses(), (gspGroup, units) -> {
            TreeMap<Integer, BigDecimal> groupTake = take.get(gspGroup);
            if (groupTake == null) {
                throw new AllocationException("aggregate set " + run.aggregateSetId() + " has GSP group " + gspGroup
                        + " which GSP Group Take version " + run.gspGroupTakeId() + " does not");
            }
            correct(run, gspGroup, groupTake, byPeriod(units, groupTake, gspGroup, bmUnitsSeen), tally);
            progress.accept("calculated " + tally.groups.size() + "/" + take.size() + " GSP groups");
        });
        for (Map.Entry<String, TreeMap<Integer, BigDecimal>> group : take.entrySet()) {
            if (!tally.groups.contains(group.getKey())) {
                // a group without aggregates still gets its factors: NO_CORRECTABLE_VOLUME in every period
                correct(run, group.getKey(), group.getValue(), Map.of(), tally);
                progress.accept("calculated " + tally.groups.size() + "/" + take.size() + " GSP groups");
            }
        }
        return new AllocationOutcome(take.size(), tally.factors, tally.volumes, tally.exceptions);
    }

    /** What a run's groups stored so far. */
    private static final class Tally {
        final Set<String> groups = new HashSet<>();
        int factors;
        int volumes;
        int exceptions;
    }

    private void correct(RunContext run, String gspGroup, TreeMap<Integer, BigDecimal> take,
                         Map<Integer, List<UnitSums>> byPeriod, Tally tally) {
        List<ResultWriter.Factor> factors = new ArrayList<>(take.size());
        List<ResultWriter.Volume> volumes = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> period : take.entrySet()) {
            List<UnitSums> units = byPeriod.getOrDefault(period.getKey(), List.of());
            BigDecimal uncorrected = BigDecimal.ZERO;
            BigDecimal weighted = BigDecimal.ZERO;
            for (UnitSums u : units) {
                uncorrected = uncorrected.add(u.uncorrected());
                weighted = weighted.add(u.weighted());
            }
            CorrectionFactor factor = CorrectionFactor.of(period.getValue(), uncorrected, weighted, band);
            factors.add(new ResultWriter.Factor(gspGroup, period.getKey(), factor));
            tally.exceptions += factor.exception() == null ? 0 : 1;
            for (UnitSums u : units) {
                volumes.add(new ResultWriter.Volume(u, factor.allocated(u.uncorrected(), u.weighted())));
            }
        }
        writer.factors(run.runId(), factors);
        writer.volumes(run.runId(), gspGroup, volumes);
        tally.groups.add(gspGroup);
        tally.factors += factors.size();
        tally.volumes += volumes.size();
    }

    private static Map<Integer, List<UnitSums>> byPeriod(List<UnitSums> units, TreeMap<Integer, BigDecimal> take,
                                                         String gspGroup, Set<String> bmUnitsSeen) {
        Map<Integer, List<UnitSums>> byPeriod = new HashMap<>();
        Set<String> groupUnits = new HashSet<>();
        for (UnitSums u : units) {
            if (!take.containsKey(u.period())) {
                throw new AllocationException("aggregates of GSP group " + gspGroup + " have settlement period "
                        + u.period() + " which the GSP Group Take version does not (it has " + take.size()
                        + " periods)");
            }
            if (groupUnits.add(u.bmUnitId()) && !bmUnitsSeen.add(u.bmUnitId())) {
                throw new AllocationException("BM unit " + u.bmUnitId() + " has aggregates in more than one GSP group");
            }
            byPeriod.computeIfAbsent(u.period(), p -> new ArrayList<>()).add(u);
        }
        return byPeriod;
    }
}
