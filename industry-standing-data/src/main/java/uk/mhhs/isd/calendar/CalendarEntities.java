package uk.mhhs.isd.calendar;

import uk.mhhs.isd.catalogue.Column;
import uk.mhhs.isd.catalogue.EntityDefinition;

import java.util.List;

import static uk.mhhs.isd.catalogue.ColumnType.DATE;
import static uk.mhhs.isd.catalogue.ColumnType.INTEGER;
import static uk.mhhs.isd.catalogue.ColumnType.TEXT;

/** Bank holidays (the settlement calendar's non-working weekdays) and the settlement run timetable. */
public final class CalendarEntities {

    private CalendarEntities() {
    }

    /** Region EAW = England and Wales, SCO = Scotland, NI = Northern Ireland; settlement uses EAW. */
    public static final EntityDefinition BANK_HOLIDAY = new EntityDefinition("bank-holiday",
            "Bank holidays by region; GB settlement working days are weekdays that are not EAW holidays", List.of(
            Column.key("holiday_date", DATE),
            Column.key("region", TEXT).oneOf("EAW", "SCO", "NI"),
            Column.required("holiday_name", TEXT).matching("^.{1,60}$")), List.of());

    /**
     * Run type and how many working days after the settlement date it runs; the effective dates are
     * settlement dates, so the timetable can change for dates after a transition milestone.
     */
    public static final EntityDefinition SETTLEMENT_RUN_TYPE = new EntityDefinition("settlement-run-type",
            "Settlement run timetable: run type -> working days after the settlement date", List.of(
            Column.key("run_type", TEXT).oneOf("II", "SF", "R1", "R2", "R3", "RF", "DF"),
            Column.required("working_days_after", INTEGER).between(0, 1000),
            Column.required("description", TEXT).matching("^.{1,100}$")), List.of());

    public static List<EntityDefinition> all() {
        return List.of(BANK_HOLIDAY, SETTLEMENT_RUN_TYPE);
    }
}
