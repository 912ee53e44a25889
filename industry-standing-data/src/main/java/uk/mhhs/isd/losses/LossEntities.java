package uk.mhhs.isd.losses;

import uk.mhhs.common.time.SettlementCalendar;
import uk.mhhs.isd.catalogue.Column;
import uk.mhhs.isd.catalogue.EntityDefinition;
import uk.mhhs.isd.catalogue.IsdCode;
import uk.mhhs.isd.catalogue.RowRule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static uk.mhhs.isd.catalogue.ColumnType.DATE;
import static uk.mhhs.isd.catalogue.ColumnType.DECIMAL_LIST;
import static uk.mhhs.isd.catalogue.ColumnType.INTEGER;
import static uk.mhhs.isd.catalogue.ColumnType.TEXT;

/** DUoS tariffs with their line loss factor class, and line loss factors per LLFC per settlement period. */
public final class LossEntities {

    private LossEntities() {
    }

    /** The DUoS Tariff ID → LLFC map is an inference (L): registration carries only the tariff under MHHS. */
    public static final EntityDefinition DUOS_TARIFF = new EntityDefinition("duos-tariff",
            "DUoS tariff IDs per LDSO with their line loss factor class", List.of(
            Column.key("distributor_id", INTEGER).references("distributor", "distributor_id"),
            Column.key("duos_tariff_id", TEXT).matching("^[A-Za-z0-9]{1,3}$"),
            Column.required("llfc", TEXT).matching("^[A-Z0-9]{3}$")), List.of());

    /** One row per LLFC per settlement date: {@code factors} has one value per settlement period. */
    public static final EntityDefinition LINE_LOSS_FACTOR = new EntityDefinition("line-loss-factor",
            "Line loss factors per LLFC per settlement date, one per settlement period", List.of(
            Column.key("distributor_id", INTEGER).references("distributor", "distributor_id"),
            Column.key("llfc", TEXT).references("duos-tariff", "llfc"),
            Column.key("settlement_date", DATE),
            Column.required("factors", DECIMAL_LIST)),
            List.of(LossEntities::onePerSettlementPeriod));

    static Optional<RowRule.Broken> onePerSettlementPeriod(Map<String, Object> row) {
        LocalDate date = (LocalDate) row.get("settlement_date");
        int expected = SettlementCalendar.periodCount(date);
        int given = ((List<?>) row.get("factors")).size();
        if (given != expected) {
            return Optional.of(new RowRule.Broken("factors", IsdCode.ISD0009.name(),
                    date + " has " + expected + " settlement periods, " + given + " factors given"));
        }
        return Optional.empty();
    }

    public static List<EntityDefinition> all() {
        return List.of(DUOS_TARIFF, LINE_LOSS_FACTOR);
    }
}
