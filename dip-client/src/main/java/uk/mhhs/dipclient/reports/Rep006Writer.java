package uk.mhhs.dipclient.reports;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Streams the content of one REP-006 {@code [UncorrectedConsumptionAndLossesByCCCID]} (the {@code CustomBlock.schema}
 * of the spec): R013 GSP group, R007 run execution date, R002 settlement date / code / run number, then per supplier
 * (R015) per BM unit (R032) per class (R003) the settlement periods (R033) and the daily totals (R034). Rows come in
 * (supplier, BM unit) order; only one BM unit's rows are held at a time.
 *
 * <p>Pairing: the schema puts a period's consumption and its losses side by side in one R033 under one R003. One R003
 * per <em>consumption</em> class (indicator C), paired with its losses class ({@link ReportClasses#lossesOf}).
 * MSIDCount and the consumption are the C class's, the losses the L class's for the same supplier, BM unit and period
 * ({@code null} when there are none: no LLF for the MPANs' LLFC). A losses class whose consumption class is not in ISD
 * gets an R003 of its own (indicator L, consumption {@code null}); a class ISD does not have is left out. Values are
 * kWh as MDS sends them (export non-negative: the class's measurement quantity gives the direction) with 6 decimals;
 * R033's pattern admits no sign, so a negative period value (losses at an LLF below 1) is written {@code null} there
 * and still counted in R034, whose pattern admits one.
 */
public final class Rep006Writer {

    // the names of every period's entry, encoded once
    private static final SerializedString SETTLEMENT_PERIOD = new SerializedString("settlementPeriod");
    private static final SerializedString MSID_COUNT = new SerializedString("MSIDCount");
    private static final SerializedString CONSUMPTION = new SerializedString("uncorrectedBMUnitPeriodLevelConsumption");
    private static final SerializedString LOSSES = new SerializedString("uncorrectedBMUnitPeriodLevelConsumptionLosses");

    private final JsonGenerator g;
    private final ReportClasses classes;
    private String supplier;
    private String bmUnit;
    /** the current BM unit's rows */
    private final UnitRows unit = new UnitRows();

    /** Opens the content: the run blocks, then the suppliers' array. */
    public Rep006Writer(JsonGenerator g, ReportClasses classes, ReportBlocks run, String gspGroup) {
        this.g = g;
        this.classes = classes;
        g.writeStartObject();
        ReportBlocks.gspGroup(g, gspGroup);
        run.run(g);
        g.writeArrayPropertyStart("REP006-R015");
    }

    /** Adds a row; rows come grouped by supplier and, within it, by BM unit. */
    public void add(ReportAggregate row) {
        if (!row.supplier().equals(supplier)) {
            endSupplier();
            supplier = row.supplier();
            g.writeStartObject();
            g.writeObjectPropertyStart("R015").writeStringProperty("supplierMPID", supplier).writeEndObject();
            g.writeArrayPropertyStart("REP006-R032");
        } else if (!row.bmUnit().equals(bmUnit)) {
            writeUnit();
        }
        bmUnit = row.bmUnit();
        unit.put(row);
    }

    /** Ends the content (the generator is left open). */
    public void end() {
        endSupplier();
        g.writeEndArray();
        g.writeEndObject();
    }

    private void endSupplier() {
        if (supplier != null) {
            writeUnit();
            g.writeEndArray();
            g.writeEndObject();
            supplier = null;
        }
    }

    private void writeUnit() {
        if (bmUnit == null) {
            return;
        }
        g.writeStartObject();
        g.writeObjectPropertyStart("R032").writeStringProperty("BMUnitID", bmUnit).writeEndObject();
        g.writeArrayPropertyStart("REP006-R003");
        Set<Integer> paired = new HashSet<>();
        unit.forEach((id, periods) -> classes.byId(id).filter(ReportClass::consumption).ifPresent(c -> {
            ReportAggregate[] losses = classes.lossesOf(id).map(l -> {
                paired.add(l.id());
                return unit.of(l.id());
            }).orElse(UnitRows.NONE);
            r003(c, periods, losses, false);
        }));
        unit.forEach((id, periods) -> classes.byId(id).filter(c -> c.losses() && !paired.contains(id))
                .ifPresent(l -> r003(l, UnitRows.NONE, periods, true)));
        g.writeEndArray();
        g.writeEndObject();
        unit.clear();
        bmUnit = null;
    }

    private void r003(ReportClass c, ReportAggregate[] consumption, ReportAggregate[] losses, boolean lossesOnly) {
        g.writeStartObject();
        g.writeObjectPropertyStart("R003").writeStringProperty("connectionTypeIndicator", c.connectionType())
                .writeStringProperty("measurementQuantityID", c.mq())
                .writeStringProperty("marketSegmentIndicator", c.segment())
                .writeNumberProperty("consumptionComponentClassID", c.id())
                .writeStringProperty("consumptionComponentIndicator", c.component()).writeEndObject();
        g.writeArrayPropertyStart("REP006-R033");
        BigDecimal dailyC = null;
        BigDecimal dailyL = null;
        // the periods of either, in order
        for (int p = 0; p < Math.max(consumption.length, losses.length); p++) {
            ReportAggregate cr = p < consumption.length ? consumption[p] : null;
            ReportAggregate lr = p < losses.length ? losses[p] : null;
            if (cr == null && lr == null) {
                continue;
            }
            ReportAggregate counted = lossesOnly ? lr : cr;
            g.writeStartObject();
            g.writeName(SETTLEMENT_PERIOD);
            g.writeNumber(p);
            g.writeName(MSID_COUNT);
            g.writeNumber(counted == null ? 0 : counted.mpans());
            g.writeName(CONSUMPTION);
            g.writeString(ReportBlocks.sixUnsigned(cr == null ? null : cr.kwh()));
            g.writeName(LOSSES);
            g.writeString(ReportBlocks.sixUnsigned(lr == null ? null : lr.kwh()));
            g.writeEndObject();
            dailyC = cr == null ? dailyC : (dailyC == null ? cr.kwh() : dailyC.add(cr.kwh()));
            dailyL = lr == null ? dailyL : (dailyL == null ? lr.kwh() : dailyL.add(lr.kwh()));
        }
        g.writeEndArray();
        g.writeObjectPropertyStart("R034")
                .writeStringProperty("dailyUncorrectedBMUnitPeriodLevelConsumption", ReportBlocks.six(dailyC))
                .writeStringProperty("dailyBMUnitPeriodLevelConsumptionLosses", ReportBlocks.six(dailyL))
                .writeEndObject();
        g.writeEndObject();
    }
}
