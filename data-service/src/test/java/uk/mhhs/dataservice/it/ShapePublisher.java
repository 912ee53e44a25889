package uk.mhhs.dataservice.it;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;

/** Publishes a load shape as LSS would: IF-022 periods and IF-023 annual total for (_C, W, S, any, AI). */
final class ShapePublisher {

    private final DataServiceTestBase test;

    ShapePublisher(DataServiceTestBase test) {
        this.test = test;
    }

    /** IF-022 and IF-023 from LSS for (_C, W, S, any, AI) on {@code day}. */
    void publish(LocalDate day, String[] values, String annualTotal) {
        JsonMapper json = JsonMapper.shared();
        String date = day + "T00:00:00+00:00";
        ObjectNode periods = json.createObjectNode();
        var entry = periods.putArray("B903List").addObject();
        entry.putObject("settlementDay").put("settlementDayDate", date).put("periodDuration", 30);
        var group = entry.putArray("LSGSettlementPeriods").addObject();
        lsGroup(group.putObject("LSGroup"));
        var list = group.putArray("LSGroupSettlementPeriods");
        for (int i = 0; i < 48; i++) {
            list.addObject().put("sp", day.atStartOfDay().plusMinutes(30L * (i + 1))
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'")))
                    .put("loadShapePeriodValue", values[i]).put("defaultLoadShapeFlag", "A");
        }
        test.awaitApplied(test.publish("IF-022", "[LSSPeriodData]", DataServiceTestBase.LSS, "LSS", null, periods));
        ObjectNode totals = json.createObjectNode();
        var day2 = totals.putArray("B912List").addObject();
        day2.putObject("settlementDay").put("settlementDayDate", date).put("periodDuration", 30);
        var t = day2.putArray("LSGTotals").addObject();
        lsGroup(t.putObject("LSGroup"));
        t.putObject("LSAnnualConsumption").put("annualLoadShapeTotal", annualTotal);
        test.awaitApplied(test.publish("IF-023", "[LSSTotalsData]", DataServiceTestBase.LSS, "LSS", null, totals));
    }

    private static void lsGroup(ObjectNode group) {
        group.put("loadShapeGSPGroupID", "_C").put("connectionTypeIndicator", "W").put("marketSegmentIndicator", "S")
                .putNull("loadShapeDomesticPremiseIndicator").put("measurementQuantityID", "AI");
    }
}
