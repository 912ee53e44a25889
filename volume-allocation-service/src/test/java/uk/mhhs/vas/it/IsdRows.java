package uk.mhhs.vas.it;

import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.nio.charset.StandardCharsets;

/**
 * ISD rows on the snapshot topics VAS reads, as the ISD service publishes them (version 1, valid from 2020-01-01,
 * open-ended), and the reference data of the worked example (ecs-services.md §6): suppliers SUPA (1400000101) and SUPB
 * (1400000102), base BM units 2__ASUPA000 and 2__ASUPB000 in _A, and the classes of its seven rows.
 */
public final class IsdRows {

    /** Smart import consumption, actual: W 1.0. */
    public static final int SMART_IMPORT = 100;
    /** Smart import losses, actual: W 1.0. */
    public static final int SMART_IMPORT_LOSSES = 103;
    /** Advanced (CT) import consumption, actual: W 0.5. */
    public static final int ADVANCED_IMPORT = 112;
    /** Advanced (CT) import losses, actual: W 0.5. */
    public static final int ADVANCED_IMPORT_LOSSES = 115;
    /** Smart export consumption, actual: W 0.0. */
    public static final int SMART_EXPORT = 136;

    private final DipTopics topics;

    public IsdRows(DipTopics topics) {
        this.topics = topics;
    }

    /** The worked example's suppliers, BM units and classes. */
    public IsdRows workedExample() {
        supplier("SUPA", "1400000101");
        supplier("SUPB", "1400000102");
        bmUnit("2__ASUPA000", "SUPA", "_A", true);
        bmUnit("2__ASUPB000", "SUPB", "_A", true);
        componentClass(SMART_IMPORT, "AI", "S", "T", "W", "C", "1.0000");
        componentClass(SMART_IMPORT_LOSSES, "AI", "S", "T", "W", "L", "1.0000");
        componentClass(ADVANCED_IMPORT, "AI", "A", "T", "L", "C", "0.5000");
        componentClass(ADVANCED_IMPORT_LOSSES, "AI", "A", "T", "L", "L", "0.5000");
        componentClass(SMART_EXPORT, "AE", "S", "T", "W", "C", "0.0000");
        return this;
    }

    public IsdRows supplier(String mpid, String dipId) {
        return row("market-participant", mpid + "|X|SUP", "{\"mpid\":\"" + mpid + "\",\"market_role\":\"X\","
                + "\"dip_role\":\"SUP\",\"dip_id\":\"" + dipId + "\",\"participant_name\":\"Supplier " + mpid + "\"}");
    }

    public IsdRows bmUnit(String id, String supplierMpid, String gspGroup, boolean base) {
        return row("supplier-bm-unit", id, "{\"bm_unit_id\":\"" + id + "\",\"supplier_mpid\":\"" + supplierMpid
                + "\",\"gsp_group_id\":\"" + gspGroup + "\",\"base_bm_unit\":\"" + (base ? "T" : "F") + "\"}");
    }

    /** A class with data origin A (actual). */
    public IsdRows componentClass(int id, String mq, String segment, String domestic, String connectionType,
                                  String component, String weight) {
        return row("consumption-component-class", String.valueOf(id), "{\"ccc_id\":" + id
                + ",\"measurement_quantity_id\":\"" + mq + "\",\"market_segment\":\"" + segment
                + "\",\"domestic_premise\":\"" + domestic + "\",\"connection_type\":\"" + connectionType
                + "\",\"component_indicator\":\"" + component + "\",\"data_origin\":\"A\",\"scaling_weight\":\""
                + weight + "\"}");
    }

    /** A run type of the timetable: {@code workingDaysAfter} working days after the settlement date. */
    public IsdRows runType(String runType, int workingDaysAfter) {
        return row("settlement-run-type", runType, "{\"run_type\":\"" + runType + "\",\"working_days_after\":"
                + workingDaysAfter + ",\"description\":\"" + runType + "\"}");
    }

    /** An England and Wales bank holiday. */
    public IsdRows bankHoliday(String date, String name) {
        return row("bank-holiday", date + "|EAW", "{\"holiday_date\":\"" + date + "\",\"region\":\"EAW\","
                + "\"holiday_name\":\"" + name + "\"}");
    }

    /** One row of {@code entity} (version 1, valid from 2020-01-01, open-ended). */
    public IsdRows row(String entity, String key, String values) {
        String row = "{\"entity\":\"" + entity + "\",\"key\":\"" + key + "\",\"version\":1,"
                + "\"effectiveFrom\":\"2020-01-01\",\"effectiveTo\":null,\"values\":" + values + "}";
        TopicReader.send(topics.prefix() + "isd." + entity, key, row.getBytes(StandardCharsets.UTF_8));
        return this;
    }
}
