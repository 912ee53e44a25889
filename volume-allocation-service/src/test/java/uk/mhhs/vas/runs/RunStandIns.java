package uk.mhhs.vas.runs;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.vas.calculation.AllocationOutcome;
import uk.mhhs.vas.calculation.VolumeAllocation;
import uk.mhhs.vas.inputs.AggregateGathering;
import uk.mhhs.vas.inputs.GatheredAggregates;
import uk.mhhs.vas.inputs.GspGroupTakes;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.model.RunType;
import uk.mhhs.vas.reference.AllocationReference;
import uk.mhhs.vas.reports.RunReports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Stand-ins for the other parts behind their interfaces, so the worker's own behaviour (claims, leases, phases,
 * failures) is tested on the real database whatever the calculation does: each records its calls, and a test sets
 * what it answers or throws, or what it does while the run is inside it. The allocation writes one real
 * {@code correction_factor} row, so a test can see whether results committed.
 */
@TestConfiguration(proxyBeanMethods = false)
class RunStandIns {

    /** What the stand-ins do; reset by each test. */
    static final class Script {
        volatile Optional<Long> gspGroupTake = Optional.of(41L);
        volatile RuntimeException gatherError;
        volatile RuntimeException allocateError;
        volatile Consumer<RunContext> insideAllocate = run -> { };
        final List<String> gathered = new CopyOnWriteArrayList<>();
        final List<UUID> allocated = new CopyOnWriteArrayList<>();
        final List<UUID> reported = new CopyOnWriteArrayList<>();
        final UUID aggregateSet = UUID.randomUUID();

        void reset() {
            gspGroupTake = Optional.of(41L);
            gatherError = null;
            allocateError = null;
            insideAllocate = run -> { };
            gathered.clear();
            allocated.clear();
            reported.clear();
        }
    }

    @Bean
    Script script() {
        return new Script();
    }

    @Bean
    @Primary
    GspGroupTakes standInGspGroupTakes(Script script) {
        return date -> script.gspGroupTake;
    }

    @Bean
    @Primary
    AggregateGathering standInGathering(Script script) {
        return (LocalDate date, RunType type) -> {
            script.gathered.add(date + " " + type);
            if (script.gatherError != null) {
                throw script.gatherError;
            }
            return new GatheredAggregates(script.aggregateSet, UUID.randomUUID(), 1, 7);
        };
    }

    @Bean
    @Primary
    VolumeAllocation standInAllocation(Script script, JdbcTemplate jdbc) {
        return (RunContext run, AllocationReference reference, Consumer<String> progress) -> {
            script.allocated.add(run.runId());
            jdbc.update("insert into correction_factor (run_id, gsp_group, period, gsp_group_take, uncorrected,"
                    + " weighted, factor) values (?, '_A', 1, 9000, 8565, 7845, 1.0554493308)", run.runId());
            progress.accept("calculated 1/1 GSP groups");
            script.insideAllocate.accept(run);
            if (script.allocateError != null) {
                throw script.allocateError;
            }
            return new AllocationOutcome(1, 1, 2, 0);
        };
    }

    @Bean
    @Primary
    RunReports standInReports(Script script) {
        return (run, reference) -> {
            script.reported.add(run.runId());
            return 5;
        };
    }
}
