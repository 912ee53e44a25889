package uk.mhhs.vas.reports;

import tools.jackson.core.JsonGenerator;
import uk.mhhs.dipclient.reports.ReportBlocks;
import uk.mhhs.vas.rules.ComponentClass;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One class of a BM unit in REP-003 / REP-003A: R017 (REP-003: ID, scaling weight, connection type, segment,
 * component) or R020 (REP-003A: ID and weight), the periods' array, and R019's daily totals. A consumption class's
 * totals are its consumption (losses {@code null}, corrected losses 0); a losses class's its losses (consumption 0).
 */
final class Rep003ClassBlock {

    private static final String ZERO = "0.000000";

    private Rep003ClassBlock() {
    }

    /** Opens the class's object and leaves the generator inside its periods' array. */
    static void open(JsonGenerator g, Rep003Writer.Variant variant, ComponentClass c) {
        g.writeStartObject();
        String weight = c.scalingWeight().setScale(2, RoundingMode.HALF_UP).toPlainString();
        if (variant == Rep003Writer.Variant.REP_003) {
            g.writeObjectPropertyStart("R017").writeNumberProperty("consumptionComponentClassID", c.id())
                    .writeStringProperty("GSPGroupCorrectionScalingWeight", weight)
                    .writeStringProperty("connectionTypeIndicator", c.connectionType())
                    .writeStringProperty("marketSegmentIndicator", c.marketSegment())
                    .writeStringProperty("consumptionComponentIndicator", c.component()).writeEndObject();
        } else {
            g.writeObjectPropertyStart("R020").writeNumberProperty("CCCID", c.id())
                    .writeStringProperty("GSPGroupCorrectionScalingWeight", weight).writeEndObject();
        }
        g.writeArrayPropertyStart(variant.prefix + "-R018");
    }

    /** Closes the periods' array with the day's totals (as sent) and the class's object. */
    static void close(JsonGenerator g, ComponentClass c, BigDecimal uncorrected, BigDecimal corrected) {
        g.writeEndArray();
        boolean losses = c.losses();
        g.writeObjectPropertyStart("R019")
                .writeStringProperty("dailyBMUnitPeriodLevelConsumption", losses ? ZERO : ReportBlocks.six(uncorrected))
                .writeStringProperty("dailyBMUnitPeriodLevelConsumptionLosses",
                        losses ? ReportBlocks.six(uncorrected) : null)
                .writeStringProperty("dailyCorrectedComponent", losses ? ZERO : ReportBlocks.six(corrected))
                .writeStringProperty("dailyCorrectedComponentLosses", losses ? ReportBlocks.six(corrected) : ZERO)
                .writeEndObject();
        g.writeEndObject();
    }
}
