package uk.mhhs.mds.reports;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.mds.rules.Ccc;
import uk.mhhs.mds.rules.ConsumptionComponentClasses;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The content of one REP-006 (the {@code CustomBlock.schema} of the spec): R013 GSP group, R007 run execution
 * date, R002 settlement date / code / run number, then per supplier (R015) per BM unit (R032) per class (R003) the
 * settlement periods (R033) and the daily totals (R034).
 *
 * <p>Pairing: the schema puts a period's consumption and its losses side by side in one R033 under one R003. MDS
 * writes one R003 per <em>consumption</em> class (indicator C) and pairs it with the losses class (indicator L) of
 * ISD that has the same measurement quantity, segment, domestic indicator, connection type and data origin — the
 * class the run put that consumption's losses into. MSIDCount and the consumption are the C class's, the losses the
 * L class's for the same supplier, BM unit and period ({@code null} when the run has none for it: no LLF for the
 * MPANs' LLFC). A losses class whose consumption class is not in ISD gets an R003 of its own (indicator L,
 * consumption {@code null}). Values are kWh with 6 decimals; R033's pattern admits no sign, so a negative period
 * value (losses at an LLF below 1) is written {@code null} there and still counted in R034, whose pattern admits one.
 */
final class Rep006Content {

    /** One {@code run_aggregate} row. */
    record Row(String supplier, String bmUnit, int ccc, int period, BigDecimal kwh, int mpans) {
    }

    private Rep006Content() {
    }

    static ObjectNode build(String gspGroup, Instant executed, LocalDate settlementDate, String runType, int runNumber,
                            List<Row> rows, ConsumptionComponentClasses cccs) {
        Map<Integer, Ccc> byId = cccs.all().stream().collect(Collectors.toMap(Ccc::id, Function.identity(), (a, b) -> a));
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.putObject("R013").put("GSPGroupID", gspGroup);
        root.putObject("R007").put("settlementRunExecutionDate", DipTimestamps.format(executed));
        root.putObject("R002").put("settlementDate", settlementDate.toString()).put("settlementCode", runType)
                .put("runNumber", runNumber);
        ArrayNode suppliers = root.putArray("REP006-R015");
        // supplier → BM unit → class → period → row
        Map<String, Map<String, Map<Integer, Map<Integer, Row>>>> tree = new TreeMap<>();
        for (Row r : rows) {
            tree.computeIfAbsent(r.supplier(), k -> new TreeMap<>()).computeIfAbsent(r.bmUnit(), k -> new TreeMap<>())
                    .computeIfAbsent(r.ccc(), k -> new TreeMap<>()).put(r.period(), r);
        }
        tree.forEach((supplier, units) -> {
            ObjectNode s = suppliers.addObject();
            s.putObject("R015").put("supplierMPID", supplier);
            ArrayNode bmUnits = s.putArray("REP006-R032");
            units.forEach((bmUnit, byClass) -> {
                ObjectNode u = bmUnits.addObject();
                u.putObject("R032").put("BMUnitID", bmUnit);
                ArrayNode r003s = u.putArray("REP006-R003");
                Set<Integer> pairedLosses = new LinkedHashSet<>();
                List<Integer> ids = new ArrayList<>(byClass.keySet());
                ids.sort(Comparator.naturalOrder());
                for (int id : ids) {
                    Ccc c = byId.get(id);
                    if (c == null || !ConsumptionComponentClasses.CONSUMPTION.equals(c.component())) {
                        continue;
                    }
                    Optional<Ccc> l = cccs.find(c.mq(), c.segment(), c.domestic(), c.connectionType(),
                            ConsumptionComponentClasses.LOSSES, c.dataOrigin());
                    Map<Integer, Row> losses = l.map(x -> byClass.getOrDefault(x.id(), Map.of())).orElse(Map.of());
                    l.ifPresent(x -> pairedLosses.add(x.id()));
                    r003s.add(r003(c, byClass.get(id), losses, false));
                }
                for (int id : ids) {
                    Ccc c = byId.get(id);
                    if (c != null && ConsumptionComponentClasses.LOSSES.equals(c.component())
                            && !pairedLosses.contains(id)) {
                        r003s.add(r003(c, Map.of(), byClass.get(id), true));
                    }
                }
            });
        });
        return root;
    }

    private static ObjectNode r003(Ccc c, Map<Integer, Row> consumption, Map<Integer, Row> losses,
                                   boolean lossesOnly) {
        ObjectNode entry = JsonMapper.shared().createObjectNode();
        entry.putObject("R003").put("connectionTypeIndicator", c.connectionType())
                .put("measurementQuantityID", c.mq()).put("marketSegmentIndicator", c.segment())
                .put("consumptionComponentClassID", c.id()).put("consumptionComponentIndicator", c.component());
        ArrayNode periods = entry.putArray("REP006-R033");
        Set<Integer> all = new java.util.TreeSet<>(consumption.keySet());
        all.addAll(losses.keySet());
        BigDecimal dailyC = null;
        BigDecimal dailyL = null;
        for (int p : all) {
            Row cr = consumption.get(p);
            Row lr = losses.get(p);
            ObjectNode period = periods.addObject();
            period.put("settlementPeriod", p);
            period.put("MSIDCount", lossesOnly ? (lr == null ? 0 : lr.mpans()) : (cr == null ? 0 : cr.mpans()));
            period.put("uncorrectedBMUnitPeriodLevelConsumption", unsigned(cr));
            period.put("uncorrectedBMUnitPeriodLevelConsumptionLosses", unsigned(lr));
            dailyC = cr == null ? dailyC : (dailyC == null ? cr.kwh() : dailyC.add(cr.kwh()));
            dailyL = lr == null ? dailyL : (dailyL == null ? lr.kwh() : dailyL.add(lr.kwh()));
        }
        entry.putObject("R034").put("dailyUncorrectedBMUnitPeriodLevelConsumption", six(dailyC))
                .put("dailyBMUnitPeriodLevelConsumptionLosses", six(dailyL));
        return entry;
    }

    private static String unsigned(Row row) {
        return row == null || row.kwh().signum() < 0 ? null : six(row.kwh());
    }

    static String six(BigDecimal kwh) {
        return kwh == null ? null : kwh.setScale(6).toPlainString();
    }
}
