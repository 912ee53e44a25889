package uk.mhhs.vas.inputs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.common.time.SettlementCalendar;
import uk.mhhs.vas.model.RunType;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Gathers a run's aggregates from MDS over its API (README "Inputs" says why the API and not REP-006): asks MDS for a
 * run ({@link MdsRuns}), outside any transaction as MDS may take minutes, then in one transaction streams the run's
 * aggregate CSV into {@code aggregate} with COPY ({@link AggregateCopy}) and records the set in {@code aggregate_set}
 * with the MDS run's id and number. Complete or nothing: any failure rolls the transaction back and throws
 * {@link InputException}.
 */
@Service
public class MdsAggregateGathering implements AggregateGathering {

    private static final Logger LOG = LoggerFactory.getLogger(MdsAggregateGathering.class);

    private final MdsRuns mds;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    MdsAggregateGathering(MdsRuns mds, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.mds = mds;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public GatheredAggregates gather(LocalDate settlementDate, RunType runType) {
        MdsRuns.MdsRun run = mds.run(settlementDate, runType);
        String what = "MDS run " + run.id() + " (" + settlementDate + " " + runType + " #" + run.runNumber() + ")";
        UUID setId = UUID.randomUUID();
        int periods = SettlementCalendar.periodCount(settlementDate);
        GatheredAggregates gathered = transaction.execute(tx -> {
            long rows;
            try (InputStream csv = mds.aggregates(run)) {
                rows = jdbc.execute((ConnectionCallback<Long>) connection -> AggregateCopy.copy(connection, setId, csv,
                        periods, run.aggregates(), what));
            } catch (IOException e) {
                throw new InputException(what + ": the aggregate stream could not be closed: " + e, e);
            }
            jdbc.update("insert into aggregate_set (id, settlement_date, run_type, mds_run_id, mds_run_number, rows)"
                            + " values (?, ?, ?, ?, ?, ?)", setId, Date.valueOf(settlementDate), runType.name(),
                    run.id(), run.runNumber(), rows);
            return new GatheredAggregates(setId, run.id(), run.runNumber(), rows);
        });
        LOG.info("Aggregates of {} stored as set {}: {} rows", what, setId, gathered.rows());
        return gathered;
    }
}
