package uk.mhhs.mds.reports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.dipclient.process.Outbound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * REP-008 {@code [LDSOLLFDefaultData]}, the spec's "MDS Exception Report to LDSOs": after a run, one per GSP group
 * and distributor whose MPANs had no line loss factors for the settlement date, to that LDSO. MDS's default for a
 * missing LLF is LLF 1 — no losses (the run writes no losses for those MPANs) — and R039 says so, with the LLFCs
 * (or DUoS tariffs without an LLFC) and how many MPANs each. R027 is the distributor's MPID from ISD
 * ({@code distributor}); when ISD does not know it, the two-digit distributor id of the MPANs. Compressed and sent
 * like REP-006 ({@link Rep006Reports}).
 */
@Service
public class Rep008Reports {

    static final String INTERFACE = "REP-008";
    static final String EVENT = "[LDSOLLFDefaultData]";
    /** DI-494's maximum length. */
    static final int MAX_DETAIL = 200;
    private static final Logger LOG = LoggerFactory.getLogger(Rep008Reports.class);

    private final Outbound outbound;

    Rep008Reports(Outbound outbound) {
        this.outbound = outbound;
    }

    /**
     * An MPAN of a run without line loss factors, as the run counts them.
     *
     * @param llfc       the MPAN's LLFC, or {@code null} when ISD maps its DUoS tariff to none
     * @param duosTariff the MPAN's DUoS tariff (may be {@code null})
     * @param ldsoDipId  the MPAN's LDSO (registration's M0 distributor DIP ID), the recipient
     */
    public record MissingLlf(String gspGroup, int distributorId, String distributorMpid, String ldsoDipId,
                             String llfc, String duosTariff) {
    }

    /**
     * Sends the run's REP-008, one per GSP group and distributor with MPANs counted in {@code missing}.
     *
     * @return how many were sent
     */
    public int send(LocalDate settlementDate, String runType, int runNumber, Map<MissingLlf, Integer> missing) {
        Map<String, Map<MissingLlf, Integer>> byGroupAndDistributor = new TreeMap<>();
        missing.forEach((k, n) -> byGroupAndDistributor.computeIfAbsent(k.gspGroup() + "|" + k.distributorId(),
                x -> new TreeMap<>(Comparator.comparing((MissingLlf m) -> String.valueOf(m.llfc()))
                        .thenComparing(m -> String.valueOf(m.duosTariff()))
                        .thenComparing(m -> String.valueOf(m.ldsoDipId()))))
                .merge(k, n, Integer::sum));
        int sent = 0;
        for (Map<MissingLlf, Integer> group : byGroupAndDistributor.values()) {
            MissingLlf first = group.keySet().iterator().next();
            Set<String> recipients = new LinkedHashSet<>();
            group.keySet().forEach(k -> recipients.add(k.ldsoDipId()));
            recipients.remove(null);
            if (recipients.isEmpty()) {
                LOG.warn("REP-008 {} {} #{} {} distributor {}: no LDSO DIP ID for its MPANs; not sent",
                        settlementDate, runType, runNumber, first.gspGroup(), first.distributorId());
                continue;
            }
            ObjectNode content = content(settlementDate, runType, runNumber, first, detail(group));
            ObjectNode custom = JsonMapper.shared().createObjectNode();
            custom.putObject("P03").put("compressedReport", java.util.Base64.getEncoder().encodeToString(
                    Rep006Reports.gzip(JsonMapper.shared().writeValueAsBytes(content))));
            outbound.send(INTERFACE, EVENT, new ArrayList<>(recipients), null, null, custom);
            sent++;
        }
        return sent;
    }

    static ObjectNode content(LocalDate settlementDate, String runType, int runNumber, MissingLlf first,
                              String detail) {
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.putObject("R002").put("settlementDate", settlementDate.toString()).put("settlementCode", runType)
                .put("runNumber", runNumber);
        root.putObject("R013").put("GSPGroupID", first.gspGroup());
        root.putObject("R027").put("distributorID", first.distributorMpid() != null ? first.distributorMpid()
                : String.valueOf(first.distributorId()));
        root.putObject("R039").put("detailsofDefaultLLFDataUsed", detail);
        return root;
    }

    /**
     * {@code LLF 1 (no losses) used: no LLF for LLFC 001 (2 MPANs); no LLFC for DUoS tariff XYZ (1 MPAN)}, cut to
     * 200 characters with {@code ; and N more}.
     */
    static String detail(Map<MissingLlf, Integer> group) {
        Map<String, Integer> items = new TreeMap<>();
        group.forEach((k, n) -> items.merge(k.llfc() != null ? "no LLF for LLFC " + k.llfc()
                : k.duosTariff() != null ? "no LLFC for DUoS tariff " + k.duosTariff() : "no DUoS tariff", n,
                Integer::sum));
        List<String> parts = new ArrayList<>();
        items.forEach((item, n) -> parts.add(item + " (" + n + (n == 1 ? " MPAN)" : " MPANs)")));
        String head = "LLF 1 (no losses) used: ";
        StringBuilder text = new StringBuilder(head);
        for (int i = 0; i < parts.size(); i++) {
            String next = (i == 0 ? "" : "; ") + parts.get(i);
            String more = "; and " + (parts.size() - i) + " more";
            boolean last = i == parts.size() - 1;
            if (text.length() + next.length() + (last ? 0 : more.length()) > MAX_DETAIL) {
                return text.append(i == 0 ? parts.size() + " LLFCs" : more).toString();
            }
            text.append(next);
        }
        return text.toString();
    }
}
