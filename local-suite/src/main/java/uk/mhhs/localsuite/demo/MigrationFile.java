package uk.mhhs.localsuite.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The synthetic market as a registration migration file (registration-service README, "Migration import"): standing
 * data, supplier, MS, DS (ours, scenario MCA, unless the MPAN has none) and meter (smart S2A, advanced H, location A),
 * all from {@code from}.
 */
public final class MigrationFile {

    /** Our data service (SDS, ADS and UMSDS) and a metering service of the local profile. */
    static final String DATA_SERVICE_DIP_ID = "9900000003";
    static final String DATA_SERVICE_MPID = "MHDS";
    static final String METERING_SERVICE_DIP_ID = "1200000001";
    static final String METERING_SERVICE_MPID = "MTRA";

    private static final String HEADER = "mpan_core,effective_from,gsp_group_id,postcode,connection_type,"
            + "energy_direction,metered,duos_tariff_id,energisation_status,market_segment,domestic_premise,"
            + "consent_granularity,annual_consumption,annual_consumption_quality,supplier_dip_id,supplier_mpid,"
            + "supplier_effective_from,ms_dip_id,ms_mpid,ms_effective_from,ms_contract_reference,ms_scenario,"
            + "ds_dip_id,ds_mpid,ds_effective_from,ds_contract_reference,ds_scenario,meter_id,meter_type,"
            + "meter_location";

    private MigrationFile() {
    }

    public static String csv(List<SyntheticMpan> market, LocalDate from) {
        StringBuilder out = new StringBuilder(HEADER.length() + market.size() * 220).append(HEADER).append('\n');
        for (SyntheticMpan m : market) {
            out.append(m.mpanCore()).append(',').append(from).append(',').append(m.gspGroup()).append(",AB1 2CD,")
                    .append(m.connectionType()).append(",I,").append(m.metered() ? 'T' : 'F').append(',')
                    .append(m.duosTariff()).append(',').append(m.energised() ? 'E' : 'D').append(',')
                    .append(m.segment()).append(',').append(m.domestic() ? 'T' : 'F').append(',')
                    .append(m.consent()).append(',').append(m.annualConsumption().toPlainString()).append(",A,")
                    .append(m.supplier().dipId()).append(',').append(m.supplier().mpid()).append(',').append(from)
                    .append(',').append(METERING_SERVICE_DIP_ID).append(',').append(METERING_SERVICE_MPID).append(',')
                    .append(from).append(",MS-").append(m.mpanCore()).append(",MCA,");
            if (m.dataService()) {
                out.append(DATA_SERVICE_DIP_ID).append(',').append(DATA_SERVICE_MPID).append(',').append(from)
                        .append(",DS-").append(m.mpanCore()).append(",MCA,");
            } else {
                out.append(",,,,,");
            }
            if (m.metered()) { // a smart (SMETS2) or half-hourly meter, location A
                out.append(m.meterId()).append(',').append(m.segment() == 'S' ? "S2A" : "H").append(",A\n");
            } else {
                out.append(",,\n");
            }
        }
        return out.toString();
    }
}
