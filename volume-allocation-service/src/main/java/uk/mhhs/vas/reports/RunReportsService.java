package uk.mhhs.vas.reports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.reports.ReportAggregate;
import uk.mhhs.dipclient.reports.ReportBlocks;
import uk.mhhs.vas.VasProperties;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.reference.AllocationReference;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The DIP reports of a calculated run, sent through the kit's {@link Outbound} in the caller's transaction:
 * <ul>
 *   <li>REP-003 and REP-006 per supplier and GSP group, to the supplier (its DIP ID from ISD; none, none sent), and
 *       REP-003A per GSP group to {@code mhhs.vas.reports.market-recipients} — written in one streaming pass over the
 *       run's aggregate set, one GSP group at a time ({@link GroupPass});</li>
 *   <li>REP-004 per supplier and GSP group, to the supplier ({@link DeemedTakeReports});</li>
 *   <li>REP-007 once for the run when a correction factor was undefined or outside the band, to the suppliers of the
 *       BM units concerned and the market recipients ({@link ExceptionReports}).</li>
 * </ul>
 * A report that does not validate against the spec throws, so the run is not published with part of its reports.
 */
@Service
class RunReportsService implements RunReports {

    private static final Logger LOG = LoggerFactory.getLogger(RunReportsService.class);

    private final ReportInputs inputs;
    private final Outbound outbound;
    private final VasProperties properties;

    RunReportsService(ReportInputs inputs, Outbound outbound, VasProperties properties) {
        this.inputs = inputs;
        this.outbound = outbound;
        this.properties = properties;
    }

    @Override
    public int publish(RunContext run, AllocationReference reference) {
        Objects.requireNonNull(run.executedAt(), "the run's execution time (R007)");
        ReportBlocks blocks = new ReportBlocks(run.settlementDate(), run.runType().name(), run.runNumber(),
                run.executedAt());
        ReportReference ref = new ReportReference(reference, run.settlementDate());
        Map<String, GroupFactors> factors = inputs.correctionFactors(run.runId(), run.periods());
        List<String> market = properties.reports().marketRecipients();
        GroupSequence groups = new GroupSequence(run, ref, blocks, factors, market);
        inputs.aggregates(run.aggregateSetId(), groups);
        int volumes = groups.end();
        int deemed = send(DeemedTakeReports.drafts(blocks, ref, inputs.deemedTakes(run.runId())));
        int exceptions = send(ExceptionReports.drafts(blocks, ref, factors, inputs, run.runId(), market,
                properties.correction()));
        LOG.info("{} {} #{}: {} REP-003/003A/006, {} REP-004, {} REP-007 sent", run.settlementDate(), run.runType(),
                run.runNumber(), volumes, deemed, exceptions);
        return volumes + deemed + exceptions;
    }

    /** The aggregates as they stream in: one {@link GroupPass} per GSP group, its reports sent once it is read. */
    private final class GroupSequence implements ReportInputs.AggregateSink {

        private final RunContext run;
        private final ReportReference reference;
        private final ReportBlocks blocks;
        private final Map<String, GroupFactors> factors;
        private final List<String> market;
        private String gspGroup;
        private GroupPass pass;
        private int sent;

        GroupSequence(RunContext run, ReportReference reference, ReportBlocks blocks,
                      Map<String, GroupFactors> factors, List<String> market) {
            this.run = run;
            this.reference = reference;
            this.blocks = blocks;
            this.factors = factors;
            this.market = market;
        }

        @Override
        public void accept(String group, ReportAggregate row) {
            if (!group.equals(gspGroup)) {
                GroupFactors groupFactors = factors.get(group);
                if (groupFactors == null) {
                    throw new IllegalStateException("run " + run.runId() + " has aggregates in GSP group " + group
                            + " but no correction factors for it: it is not calculated");
                }
                gspGroup = group;
                pass = new GroupPass(reference, blocks, group, groupFactors, market,
                        properties.reports().maxReportBytes());
            }
            pass.add(row);
        }

        @Override
        public void groupRead(String group) {
            if (pass != null) {
                sent += send(pass.end());
                pass = null;
            }
        }

        /** Sends the last group's reports. @return how many were sent in all */
        int end() {
            if (pass != null) {
                sent += send(pass.end());
                pass = null;
            }
            return sent;
        }
    }

    /** Sends a group's reports, each logged in the kit's {@code process_message} as sent. */
    private int send(List<Outbound.Draft> drafts) {
        if (!drafts.isEmpty()) {
            outbound.sendAll(drafts);
        }
        return drafts.size();
    }
}
