package uk.mhhs.lss.publication;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.lss.shapes.StoredShape;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The CustomBlocks of IF-022 (B903List: each category's 48 period values and flags, {@code sp} = the period's end in
 * UTC) and IF-023 (B912List: day, peak, off-peak, 7-day and annual totals) for one UTC date.
 */
final class ShapeMessages {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'");

    private ShapeMessages() {
    }

    static ObjectNode if022(LocalDate date, List<StoredShape> shapes) {
        ObjectNode custom = JsonMapper.shared().createObjectNode();
        ObjectNode day = custom.putArray("B903List").addObject();
        settlementDay(day, date);
        ArrayNode groups = day.putArray("LSGSettlementPeriods");
        var start = date.atStartOfDay();
        for (StoredShape shape : shapes) {
            ObjectNode group = groups.addObject();
            lsGroup(group.putObject("LSGroup"), shape);
            ArrayNode periods = group.putArray("LSGroupSettlementPeriods");
            for (int i = 0; i < 48; i++) {
                periods.addObject().put("sp", UTC.format(start.plusMinutes(30L * (i + 1))))
                        .put("loadShapePeriodValue", kwh(shape.values()[i]))
                        .put("defaultLoadShapeFlag", shape.flags()[i]);
            }
        }
        return custom;
    }

    static ObjectNode if023(LocalDate date, List<StoredShape> shapes) {
        ObjectNode custom = JsonMapper.shared().createObjectNode();
        ObjectNode day = custom.putArray("B912List").addObject();
        settlementDay(day, date);
        ArrayNode groups = day.putArray("LSGTotals");
        for (StoredShape shape : shapes) {
            ObjectNode group = groups.addObject();
            lsGroup(group.putObject("LSGroup"), shape);
            group.putObject("LSAnnualConsumption").put("annualLoadShapeTotal", kwh(shape.annualTotal()));
            group.putArray("LSTTotals").addObject()
                    .put("loadShapeDayTotal", kwh(shape.dayTotal()))
                    .put("loadShapeDayPeakTotal", kwh(shape.dayPeak()))
                    .put("loadShapeDayOffPeakTotal", kwh(shape.dayOffPeak()))
                    .put("loadShape7DayRollingTotal", kwh(shape.sevenDayTotal()))
                    .put("loadShape7DayRollingPeakTotal", kwh(shape.sevenDayPeak()))
                    .put("loadShape7DayRollingOffPeakTotal", kwh(shape.sevenDayOffPeak()));
        }
        return custom;
    }

    private static void settlementDay(ObjectNode day, LocalDate date) {
        day.putObject("settlementDay").put("settlementDayDate", UTC.format(date.atStartOfDay()))
                .put("periodDuration", 30);
    }

    private static void lsGroup(ObjectNode group, StoredShape shape) {
        group.put("loadShapeGSPGroupID", shape.gspGroup());
        group.put("connectionTypeIndicator", shape.connectionType());
        group.put("marketSegmentIndicator", shape.segment());
        group.put("loadShapeDomesticPremiseIndicator", shape.domestic());
        group.put("measurementQuantityID", shape.mq());
    }

    private static String kwh(BigDecimal value) {
        return value == null ? null : value.setScale(3, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
