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
 * The GSP Group Correction of a run, one GSP group at a time: the database sums each BM unit's signed and weighted
 * aggregates per period, the rules turn a period's sums into a correction factor and each BM unit's sums into its
 * allocated demand volume ({@link CorrectionFactor#allocated}). Memory holds one group's BM unit × period sums.
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
        writer.clear(run.runId());
        writer.weights(run.runId(), reference.componentClasses().values());
        Set<String> bmUnitsSeen = new HashSet<>();
        long rows = 0;
        int factors = 0;
        int volumes = 0;
        int exceptions = 0;
        int done = 0;
        for (Map.Entry<String, TreeMap<Integer, BigDecimal>> group : take.entrySet()) {
            String gspGroup = group.getKey();
            AggregateSums.GroupSums read = sums.read(run.runId(), run.aggregateSetId(), gspGroup);
            rows += read.rows();
            Map<Integer, List<UnitSums>> byPeriod = byPeriod(read.units(), group.getValue(), gspGroup, bmUnitsSeen);
            List<ResultWriter.Factor> groupFactors = new ArrayList<>();
            List<ResultWriter.Volume> groupVolumes = new ArrayList<>(read.units().size());
            for (Map.Entry<Integer, BigDecimal> period : group.getValue().entrySet()) {
                List<UnitSums> units = byPeriod.getOrDefault(period.getKey(), List.of());
                BigDecimal uncorrected = BigDecimal.ZERO;
                BigDecimal weighted = BigDecimal.ZERO;
                for (UnitSums u : units) {
                    uncorrected = uncorrected.add(u.uncorrected());
                    weighted = weighted.add(u.weighted());
                }
                CorrectionFactor factor = CorrectionFactor.of(period.getValue(), uncorrected, weighted, band);
                groupFactors.add(new ResultWriter.Factor(gspGroup, period.getKey(), factor));
                exceptions += factor.exception() == null ? 0 : 1;
                for (UnitSums u : units) {
                    groupVolumes.add(new ResultWriter.Volume(u, factor.allocated(u.uncorrected(), u.weighted())));
                }
            }
            writer.factors(run.runId(), groupFactors);
            writer.volumes(run.runId(), gspGroup, groupVolumes);
            factors += groupFactors.size();
            volumes += groupVolumes.size();
            progress.accept("calculated " + ++done + "/" + take.size() + " GSP groups");
        }
        checkEveryAggregateRead(run, take.keySet(), rows);
        return new AllocationOutcome(take.size(), factors, volumes, exceptions);
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

    /** Aggregates of a GSP group the GSP Group Take does not have would otherwise be silently left out. */
    private void checkEveryAggregateRead(RunContext run, Set<String> groups, long rows) {
        Long held = jdbc.queryForObject("select rows from aggregate_set where id = ?", Long.class,
                run.aggregateSetId());
        if (held == null) {
            throw new AllocationException("aggregate set " + run.aggregateSetId() + " does not exist");
        }
        if (held == rows) {
            return;
        }
        List<String> others = jdbc.queryForList("select distinct gsp_group from aggregate where set_id = ? "
                + "order by gsp_group", String.class, run.aggregateSetId()).stream()
                .filter(g -> !groups.contains(g)).toList();
        throw new AllocationException(others.isEmpty()
                ? "aggregate set " + run.aggregateSetId() + " records " + held + " rows but holds " + rows
                : "aggregate set " + run.aggregateSetId() + " has GSP groups " + others
                        + " which GSP Group Take version " + run.gspGroupTakeId() + " does not");
    }
}
