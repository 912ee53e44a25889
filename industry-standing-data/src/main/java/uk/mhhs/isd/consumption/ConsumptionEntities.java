package uk.mhhs.isd.consumption;

import uk.mhhs.isd.catalogue.Column;
import uk.mhhs.isd.catalogue.EntityDefinition;
import uk.mhhs.isd.catalogue.IsdCode;
import uk.mhhs.isd.catalogue.RowRule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static uk.mhhs.isd.catalogue.ColumnType.BOOLEAN;
import static uk.mhhs.isd.catalogue.ColumnType.DECIMAL;
import static uk.mhhs.isd.catalogue.ColumnType.INTEGER;
import static uk.mhhs.isd.catalogue.ColumnType.TEXT;

/** Measurement quantities, consumption component classes, load shape categories and peak/off-peak periods. */
public final class ConsumptionEntities {

    private ConsumptionEntities() {
    }

    public static final EntityDefinition MEASUREMENT_QUANTITY = new EntityDefinition("measurement-quantity",
            "Measurement quantities AI, AE, RI, RE and whether the LSS shapes them (ISD entity 47)", List.of(
            Column.key("measurement_quantity_id", TEXT).oneOf("AI", "AE", "RI", "RE"),
            Column.required("description", TEXT).matching("^.{1,100}$"),
            Column.required("load_shaped", BOOLEAN)), List.of());

    public static final EntityDefinition CONSUMPTION_COMPONENT_CLASS = new EntityDefinition(
            "consumption-component-class",
            "CCCs 100-999 with their attributes and GSP Group Correction scaling weight", List.of(
            Column.key("ccc_id", INTEGER).between(100, 999),
            Column.required("measurement_quantity_id", TEXT)
                    .references("measurement-quantity", "measurement_quantity_id"),
            Column.required("market_segment", TEXT).oneOf("S", "A", "U"),
            Column.required("domestic_premise", BOOLEAN),
            Column.required("connection_type", TEXT).oneOf("W", "L", "H", "E", "U"),
            Column.required("component_indicator", TEXT).oneOf("C", "L"),
            Column.required("data_origin", TEXT).oneOf("A", "E", "D"),
            Column.required("scaling_weight", DECIMAL)),
            List.of(ConsumptionEntities::weightBetweenZeroAndOne));

    public static final EntityDefinition LOAD_SHAPE_CATEGORY = new EntityDefinition("load-shape-category",
            "Load shape categories (IF-022/023 Load Shape Criteria); empty GSP group or premise = all", List.of(
            Column.key("category_id", TEXT).matching("^[A-Z0-9]{1,10}$"),
            Column.optional("gsp_group_id", TEXT).references("gsp-group", "gsp_group_id"),
            Column.required("connection_type", TEXT).oneOf("W", "L", "H", "E", "U"),
            Column.required("market_segment", TEXT).oneOf("S", "A", "U"),
            Column.optional("domestic_premise", TEXT).oneOf("T", "F"),
            Column.required("measurement_quantity_id", TEXT)
                    .references("measurement-quantity", "measurement_quantity_id")), List.of());

    /** Peak and off-peak UTC period ranges, e.g. {@code 15-48} or {@code 1,16-48} (variant choice open, L). */
    public static final EntityDefinition LOAD_SHAPE_PERIOD = new EntityDefinition("load-shape-period",
            "Peak and off-peak UTC period ranges used by the LSS totals (IF-023)", List.of(
            Column.key("variant", TEXT).matching("^[A-Z0-9_]{1,10}$"),
            Column.key("band", TEXT).oneOf("PEAK", "OFFPEAK"),
            Column.required("utc_periods", TEXT)
                    .matching("^([1-9]|[1-4][0-9])(-([1-9]|[1-4][0-9]))?(,([1-9]|[1-4][0-9])(-([1-9]|[1-4][0-9]))?)*$")),
            List.of());

    static Optional<RowRule.Broken> weightBetweenZeroAndOne(Map<String, Object> row) {
        BigDecimal weight = (BigDecimal) row.get("scaling_weight");
        if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            return Optional.of(new RowRule.Broken("scaling_weight", IsdCode.ISD0005.name(),
                    weight.toPlainString() + " is outside 0..1"));
        }
        return Optional.empty();
    }

    public static List<EntityDefinition> all() {
        return List.of(MEASUREMENT_QUANTITY, CONSUMPTION_COMPONENT_CLASS, LOAD_SHAPE_CATEGORY, LOAD_SHAPE_PERIOD);
    }
}
