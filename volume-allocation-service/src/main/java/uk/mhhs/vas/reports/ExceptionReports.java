package uk.mhhs.vas.reports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.reports.CompressedReport;
import uk.mhhs.dipclient.reports.ReportBlocks;
import uk.mhhs.vas.VasProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * REP-007 {@code [BMUnitDefaultsToSuppliers]}: one per run that had correction exceptions, naming per GSP group the BM
 * units concerned, to their suppliers and the market recipients (nobody to send it to: not sent, logged).
 */
final class ExceptionReports {

    static final String REP_007 = "REP-007";
    static final String EVENT = "[BMUnitDefaultsToSuppliers]";
    private static final Logger LOG = LoggerFactory.getLogger(ExceptionReports.class);

    private ExceptionReports() {
    }

    static List<Outbound.Draft> drafts(ReportBlocks run, ReportReference reference, Map<String, GroupFactors> factors,
                                       ReportInputs inputs, UUID runId, List<String> marketRecipients,
                                       VasProperties.Correction band) {
        Map<String, String> details = new LinkedHashMap<>();
        factors.forEach((gsp, f) -> {
            List<GroupFactors.Exception> exceptions = f.exceptions();
            if (!exceptions.isEmpty()) {
                details.put(gsp, Rep007Content.detail(exceptions, band.bandLow(), band.bandHigh()));
            }
        });
        if (details.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, String>> units = new LinkedHashMap<>();
        Set<String> recipients = new LinkedHashSet<>();
        for (ReportInputs.GroupUnit unit : inputs.units(runId, details.keySet())) {
            units.computeIfAbsent(unit.gspGroup(), g -> new LinkedHashMap<>())
                    .put(unit.bmUnit(), details.get(unit.gspGroup()));
            reference.supplierDipId(unit.supplier()).ifPresentOrElse(recipients::add,
                    () -> LOG.warn("{}: supplier {} has no DIP ID in ISD; REP-007 does not go to it", unit.bmUnit(),
                            unit.supplier()));
        }
        recipients.addAll(marketRecipients);
        if (units.isEmpty() || recipients.isEmpty()) {
            LOG.warn("{} {} #{}: correction exceptions in {} but no BM unit or recipient for REP-007",
                    run.settlementDate(), run.settlementCode(), run.runNumber(), details.keySet());
            return List.of();
        }
        byte[] content = JsonMapper.shared().writeValueAsBytes(Rep007Content.build(run, units));
        return List.of(new Outbound.Draft(null, REP_007, EVENT, new ArrayList<>(recipients), null, null,
                CompressedReport.customBlock(CompressedReport.gzip(content))));
    }
}
