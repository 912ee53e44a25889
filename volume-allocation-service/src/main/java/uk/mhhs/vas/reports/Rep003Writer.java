package uk.mhhs.vas.reports;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import uk.mhhs.dipclient.reports.ReportBlocks;
import uk.mhhs.vas.rules.ComponentClass;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Streams the content of a REP-003 {@code [BMUnitAllocatedDemandVolumesToMarketParticipants]} (one supplier) or a
 * REP-003A {@code [AggregatedBMUnitAllocatedDemandVolumes]} (every supplier of the group): the run blocks and R103,
 * per supplier (R015) per BM unit (R016, defaultBMUnitFlag = ISD's base BM unit) per class (R017 / R020) the periods
 * (R018) and the daily totals (R019), the BM unit's daily totals (R021), and the group's correction factors (R024).
 * Rows come in (supplier, BM unit, class, period) order; nothing but running totals is held.
 *
 * <p>R018 and R019 print volumes "as sent" ({@link PeriodVolume}): an export class's consumption is its magnitude, the
 * class (ISD's measurement quantity of its ID) telling the direction; a negative value in a field whose pattern admits
 * no sign (losses below an LLF of 1) is {@code null} there and still counted in R019. A consumption class fills the
 * consumption fields (its losses fields {@code null}, its daily losses 0), a losses class the losses fields. R021 sums
 * the signed volumes: the BM unit's net uncorrected and allocated (BMUADV) volume of the day. Its MSID count is the
 * highest over the periods of the MPANs in the unit's consumption classes: aggregates carry counts, not MPANs, so the
 * distinct MPANs of a day cannot be counted; in one period each MPAN is in exactly one consumption class (losses classes
 * count the same MPANs again), so a period's Σ over consumption classes counts each MPAN once.
 */
final class Rep003Writer {

    /** REP-003 or REP-003A: the prefix of their arrays and the block naming a class. */
    enum Variant {
        REP_003("REP003", "R017"), REP_003A("REP003A", "R020");

        final String prefix;
        final String classBlock;

        Variant(String prefix, String classBlock) {
            this.prefix = prefix;
            this.classBlock = classBlock;
        }
    }

    private final JsonGenerator g;
    private final Variant variant;
    private final SerializedString settlementDate;
    private String supplier;
    private String bmUnit;
    private ComponentClass component;
    private BigDecimal classUncorrected;
    private BigDecimal classCorrected;
    private BigDecimal unitUncorrected;
    private BigDecimal unitCorrected;
    private final int[] unitMsids = new int[51];

    Rep003Writer(JsonGenerator g, Variant variant, ReportBlocks run, String gspGroup) {
        this.g = g;
        this.variant = variant;
        this.settlementDate = new SerializedString(run.settlementDate().toString());
        g.writeStartObject();
        ReportBlocks.gspGroup(g, gspGroup);
        run.run(g);
        ReportBlocks.periodDuration(g);
        g.writeArrayPropertyStart(variant.prefix + "-R015");
    }

    /** Adds one aggregate of {@code bmUnit} ({@code base}: the supplier's default BM unit) of class {@code c}. */
    void add(String supplier, String bmUnit, boolean base, ComponentClass c, PeriodVolume v) {
        if (!supplier.equals(this.supplier)) {
            endSupplier();
            this.supplier = supplier;
            g.writeStartObject();
            g.writeObjectPropertyStart("R015").writeStringProperty("supplierMPID", supplier).writeEndObject();
            g.writeArrayPropertyStart(variant.prefix + "-R016");
        }
        if (!bmUnit.equals(this.bmUnit)) {
            endUnit();
            this.bmUnit = bmUnit;
            g.writeStartObject();
            g.writeObjectPropertyStart("R016").writeStringProperty("BMUnitID", bmUnit)
                    .writeBooleanProperty("defaultBMUnitFlag", base).writeEndObject();
            g.writeArrayPropertyStart(variant.prefix + "-" + variant.classBlock);
            unitUncorrected = BigDecimal.ZERO;
            unitCorrected = BigDecimal.ZERO;
            Arrays.fill(unitMsids, 0);
        }
        if (component == null || component.id() != c.id()) {
            endClass();
            startClass(c);
        }
        Rep003ClassBlock.period(g, c, v, settlementDate);
        classUncorrected = classUncorrected.add(v.uncorrected);
        classCorrected = classCorrected.add(v.corrected);
        unitUncorrected = unitUncorrected.add(v.signedUncorrected);
        unitCorrected = unitCorrected.add(v.signedCorrected);
        if (!c.losses() && v.period < unitMsids.length) {
            unitMsids[v.period] += v.mpans;
        }
    }

    /** Ends the content with the group's correction factors (R024, {@link GroupFactors#write}). */
    void end(GroupFactors factors, boolean exportCorrected) {
        endSupplier();
        g.writeEndArray();
        factors.write(g, variant.prefix + "-R024", exportCorrected);
        g.writeEndObject();
    }

    private void startClass(ComponentClass c) {
        component = c;
        classUncorrected = BigDecimal.ZERO;
        classCorrected = BigDecimal.ZERO;
        Rep003ClassBlock.open(g, variant, c);
    }

    private void endClass() {
        if (component != null) {
            Rep003ClassBlock.close(g, component, classUncorrected, classCorrected);
            component = null;
        }
    }

    private void endUnit() {
        if (bmUnit == null) {
            return;
        }
        endClass();
        g.writeEndArray();
        int msids = Arrays.stream(unitMsids).max().orElse(0);
        g.writeObjectPropertyStart("R021")
                .writeStringProperty("dailyUncorrectedPeriodBMUnitTotalAllocatedVolume", ReportBlocks.six(unitUncorrected))
                .writeStringProperty("dailyPeriodBMUnitTotalAllocatedVolume", ReportBlocks.six(unitCorrected))
                .writeNumberProperty("dailyBMUnitMSIDCount", msids).writeEndObject();
        g.writeEndObject();
        bmUnit = null;
    }

    private void endSupplier() {
        if (supplier == null) {
            return;
        }
        endUnit();
        g.writeEndArray();
        g.writeEndObject();
        supplier = null;
    }
}
