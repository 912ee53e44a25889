package uk.mhhs.registration.migration;

import java.util.List;
import java.util.Set;

/** The columns of a migration file (CSV with a header, any column order). See the module's README. */
public final class MigrationColumns {

    public static final String MPAN_CORE = "mpan_core";
    public static final String EFFECTIVE_FROM = "effective_from";
    public static final String GSP_GROUP_ID = "gsp_group_id";
    public static final String POSTCODE = "postcode";
    public static final String ADDRESS_LINES = "address_lines";
    public static final String CONNECTION_TYPE = "connection_type";
    public static final String ENERGY_DIRECTION = "energy_direction";
    public static final String METERED = "metered";
    public static final String DUOS_TARIFF_ID = "duos_tariff_id";
    public static final String ENERGISATION_STATUS = "energisation_status";
    public static final String MARKET_SEGMENT = "market_segment";
    public static final String DOMESTIC_PREMISE = "domestic_premise";
    public static final String CONSENT_GRANULARITY = "consent_granularity";
    public static final String DCC_SERVICE_FLAG = "dcc_service_flag";
    public static final String SMSO_MPID = "smso_mpid";
    public static final String PROFILE_CLASS = "profile_class";
    public static final String SSC = "ssc";
    public static final String ANNUAL_CONSUMPTION = "annual_consumption";
    public static final String ANNUAL_CONSUMPTION_QUALITY = "annual_consumption_quality";
    public static final String SUPPLIER_DIP_ID = "supplier_dip_id";
    public static final String SUPPLIER_MPID = "supplier_mpid";
    public static final String SUPPLIER_EFFECTIVE_FROM = "supplier_effective_from";
    /** The MPAN's meter, installed from {@code effective_from} (optional; B905 meter ID and type). */
    public static final String METER_ID = "meter_id";
    public static final String METER_TYPE = "meter_type";
    public static final String METER_LOCATION = "meter_location";

    /** Per service prefix ({@code ms_}, {@code ds_}): these suffixes. */
    public static final List<String> APPOINTMENT_SUFFIXES =
            List.of("dip_id", "mpid", "effective_from", "contract_reference", "scenario");

    /** Every column, in the order {@link MigrationFileGenerator} writes them. */
    public static final List<String> ALL = List.of(MPAN_CORE, EFFECTIVE_FROM, GSP_GROUP_ID, POSTCODE, ADDRESS_LINES,
            CONNECTION_TYPE, ENERGY_DIRECTION, METERED, DUOS_TARIFF_ID, ENERGISATION_STATUS, MARKET_SEGMENT,
            DOMESTIC_PREMISE, CONSENT_GRANULARITY, DCC_SERVICE_FLAG, SMSO_MPID, PROFILE_CLASS, SSC,
            ANNUAL_CONSUMPTION, ANNUAL_CONSUMPTION_QUALITY, SUPPLIER_DIP_ID, SUPPLIER_MPID, SUPPLIER_EFFECTIVE_FROM,
            "ms_dip_id", "ms_mpid", "ms_effective_from", "ms_contract_reference", "ms_scenario",
            "ds_dip_id", "ds_mpid", "ds_effective_from", "ds_contract_reference", "ds_scenario",
            METER_ID, METER_TYPE, METER_LOCATION);

    /** The columns a file must have; the others may be left out. */
    public static final Set<String> REQUIRED = Set.of(MPAN_CORE, EFFECTIVE_FROM, GSP_GROUP_ID, CONNECTION_TYPE,
            ENERGY_DIRECTION, METERED, ENERGISATION_STATUS, MARKET_SEGMENT, DOMESTIC_PREMISE, SUPPLIER_DIP_ID,
            SUPPLIER_MPID, SUPPLIER_EFFECTIVE_FROM);

    private MigrationColumns() {
    }
}
