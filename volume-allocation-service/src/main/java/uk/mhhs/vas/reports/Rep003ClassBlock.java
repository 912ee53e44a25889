package uk.mhhs.vas.reports;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
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
    // the names of every period's entry, encoded once
    private static final SerializedString SETTLEMENT_DATE = new SerializedString("settlementDate");
    private static final SerializedString SETTLEMENT_PERIOD = new SerializedString("settlementPeriod");
    private static final SerializedString UNCORRECTED = new SerializedString("uncorrectedBMUnitPeriodLevelConsumption");
    private static final SerializedString UNCORRECTED_LOSSES =
            new SerializedString("uncorrectedBMUnitPeriodLevelConsumptionLosses");
    private static final SerializedString CORRECTED = new SerializedString("correctedComponentConsumption");
    private static final SerializedString CORRECTED_LOSSES = new SerializedString("correctedComponentLosses");

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

    /**
     * One period's entry (R018): a consumption class fills the consumption fields, a losses class the losses fields
     * (the corrected losses with their sign, which that field's pattern admits).
     */
    static void period(JsonGenerator g, ComponentClass c, PeriodVolume v, SerializedString settlementDate) {
        boolean losses = c.losses();
        g.writeStartObject();
        g.writeName(SETTLEMENT_DATE);
        g.writeString(settlementDate);
        g.writeName(SETTLEMENT_PERIOD);
        g.writeNumber(v.period);
        g.writeName(UNCORRECTED);
        g.writeString(losses ? null : v.uncorrectedText);
        g.writeName(UNCORRECTED_LOSSES);
        g.writeString(losses ? v.uncorrectedText : null);
        g.writeName(CORRECTED);
        g.writeString(losses ? null : v.correctedText);
        g.writeName(CORRECTED_LOSSES);
        g.writeString(losses ? v.correctedSignedText : null);
        g.writeEndObject();
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
