package uk.mhhs.vas.reports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.reports.CompressedReport;
import uk.mhhs.dipclient.reports.Rep006Writer;
import uk.mhhs.dipclient.reports.ReportAggregate;
import uk.mhhs.dipclient.reports.ReportBlocks;
import uk.mhhs.vas.rules.ComponentClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One GSP group's aggregates, read once in (supplier, BM unit, class, period) order, written into its reports as they
 * pass: REP-003 and REP-006 of each supplier (to the supplier; a supplier without a DIP ID in ISD gets none, logged)
 * and the group's REP-003A (to the market recipients; none configured, none written). One supplier's reports are open
 * at a time, each a gzip stream; what is held is their compressed bytes. A GB-sized group's REP-003A would be several MB
 * compressed, beyond what a DIP message and a Kafka record carry (1 MB by default), so it goes in parts: a part is
 * closed at a supplier boundary once its compressed content passes {@code maxReportBytes}, and each part is a complete
 * REP-003A (the group's blocks and correction factors, a share of its suppliers).
 */
final class GroupPass {

    static final String REP_003 = "REP-003";
    static final String REP_003_EVENT = "[BMUnitAllocatedDemandVolumesToMarketParticipants]";
    static final String REP_003A = "REP-003A";
    static final String REP_003A_EVENT = "[AggregatedBMUnitAllocatedDemandVolumes]";
    static final String REP_006 = "REP-006";
    static final String REP_006_EVENT = "[UncorrectedConsumptionAndLossesByCCCID]";
    private static final Logger LOG = LoggerFactory.getLogger(GroupPass.class);

    private final ReportReference reference;
    private final ReportBlocks run;
    private final String gspGroup;
    private final GroupFactors factors;
    private final List<String> marketRecipients;
    private final List<Outbound.Draft> drafts = new ArrayList<>();
    private final PeriodVolume volume = new PeriodVolume();
    private final int maxReportBytes;
    private CompressedReport groupReport;
    private Rep003Writer group;
    private int parts;
    private int suppliersInPart;
    private String supplier;
    private String supplierDipId;
    private CompressedReport supplierReport;
    private Rep003Writer ofSupplier;
    private CompressedReport uncorrectedReport;
    private Rep006Writer uncorrected;
    private String bmUnit;
    private boolean base;

    GroupPass(ReportReference reference, ReportBlocks run, String gspGroup, GroupFactors factors,
              List<String> marketRecipients, int maxReportBytes) {
        this.reference = reference;
        this.run = run;
        this.gspGroup = gspGroup;
        this.factors = factors;
        this.marketRecipients = marketRecipients;
        this.maxReportBytes = maxReportBytes;
        if (!marketRecipients.isEmpty()) {
            openGroupPart();
        }
    }

    private void openGroupPart() {
        groupReport = CompressedReport.open();
        group = new Rep003Writer(groupReport.json(), Rep003Writer.Variant.REP_003A, run, gspGroup);
        suppliersInPart = 0;
    }

    private void endGroupPart() {
        group.end(factors, reference.exportCorrected());
        drafts.add(new Outbound.Draft(null, REP_003A, REP_003A_EVENT, marketRecipients, null, null,
                CompressedReport.customBlock(groupReport.finish())));
        parts++;
        group = null;
        groupReport = null;
    }

    /** How many REP-003A parts the group was sent in (0 without market recipients). */
    int groupParts() {
        return parts;
    }

    void add(ReportAggregate row) {
        if (!row.supplier().equals(supplier)) {
            endSupplier();
            if (group != null && suppliersInPart > 0 && groupReport.compressedSoFar() > maxReportBytes) {
                endGroupPart();
                openGroupPart();
            }
            startSupplier(row.supplier());
            suppliersInPart++;
        }
        if (!row.bmUnit().equals(bmUnit)) {
            bmUnit = row.bmUnit();
            base = reference.base(bmUnit);
        }
        ComponentClass c = reference.componentClass(row.ccc());
        volume.set(c, row.period(), row.kwh(), row.mpans(), factors.factor(row.period()));
        if (group != null) {
            group.add(supplier, bmUnit, base, c, volume);
        }
        if (ofSupplier != null) {
            ofSupplier.add(supplier, bmUnit, base, c, volume);
            uncorrected.add(row);
        }
    }

    /** @return the group's messages: per supplier REP-003 and REP-006, then REP-003A */
    List<Outbound.Draft> end() {
        endSupplier();
        if (group != null) {
            endGroupPart();
        }
        return drafts;
    }

    private void startSupplier(String mpid) {
        supplier = mpid;
        bmUnit = null;
        Optional<String> dipId = reference.supplierDipId(mpid);
        if (dipId.isEmpty()) {
            LOG.warn("{} {} #{} {}: supplier {} has no DIP ID in ISD; no REP-003 or REP-006 for it",
                    run.settlementDate(), run.settlementCode(), run.runNumber(), gspGroup, mpid);
            return;
        }
        supplierDipId = dipId.get();
        supplierReport = CompressedReport.open();
        ofSupplier = new Rep003Writer(supplierReport.json(), Rep003Writer.Variant.REP_003, run, gspGroup);
        uncorrectedReport = CompressedReport.open();
        uncorrected = new Rep006Writer(uncorrectedReport.json(), reference.reportClasses(), run, gspGroup);
    }

    private void endSupplier() {
        if (ofSupplier == null) {
            return;
        }
        ofSupplier.end(factors, reference.exportCorrected());
        uncorrected.end();
        List<String> to = List.of(supplierDipId);
        drafts.add(new Outbound.Draft(null, REP_003, REP_003_EVENT, to, null, null,
                CompressedReport.customBlock(supplierReport.finish())));
        drafts.add(new Outbound.Draft(null, REP_006, REP_006_EVENT, to, null, null,
                CompressedReport.customBlock(uncorrectedReport.finish())));
        ofSupplier = null;
        uncorrected = null;
        supplierReport = null;
        uncorrectedReport = null;
    }
}
