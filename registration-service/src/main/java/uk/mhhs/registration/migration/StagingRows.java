package uk.mhhs.registration.migration;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Writes checked rows as PostgreSQL {@code COPY ... FROM STDIN} text lines (tab separated, {@code \N} for null),
 * in the column order of {@link #COPY_SQL}.
 */
final class StagingRows {

    static final String CREATE_SQL = """
            create temp table if not exists migration_staging (
                row_number bigint, mpan_core bigint, distributor_id smallint, effective_from date,
                gsp_group_id text, postcode text, address_lines text, connection_type text, energy_direction text,
                metered boolean, duos_tariff_id text, energisation_status text, market_segment text,
                domestic_premise boolean, consent_granularity text, dcc_service_flag text, smso_mpid text,
                profile_class smallint, ssc text, annual_consumption numeric, annual_consumption_quality text,
                supplier_dip_id text, supplier_mpid text, supplier_effective_from date,
                ms_dip_id text, ms_mpid text, ms_effective_from date, ms_contract_reference text, ms_scenario text,
                ds_dip_id text, ds_mpid text, ds_effective_from date, ds_contract_reference text, ds_scenario text,
                meter_id text, meter_type text, meter_location text
            ) on commit delete rows""";

    static final String COPY_SQL = "copy migration_staging from stdin";

    private final StringBuilder line = new StringBuilder(512);

    void write(MigrationRow row, Writer out) throws IOException {
        line.setLength(0);
        line.append(row.row()).append('\t').append(row.mpanCore()).append('\t').append(row.distributorId());
        date(row.effectiveFrom());
        text(row.gspGroupId());
        text(row.postcode());
        text(row.addressLines().isEmpty() ? null : String.join("|", row.addressLines()));
        text(row.connectionType());
        text(row.energyDirection());
        text(row.metered() ? "t" : "f");
        text(row.duosTariffId());
        text(row.energisationStatus());
        text(row.marketSegment());
        text(row.domesticPremise() ? "t" : "f");
        text(row.consentGranularity());
        text(row.dccServiceFlag());
        text(row.smsoMpid());
        text(row.profileClass() == null ? null : row.profileClass().toString());
        text(row.ssc());
        text(row.annualConsumption() == null ? null : row.annualConsumption().toPlainString());
        text(row.annualConsumptionQuality());
        text(row.supplierDipId());
        text(row.supplierMpid());
        date(row.supplierEffectiveFrom());
        appointment(row.meteringService());
        appointment(row.dataService());
        text(row.meterId());
        text(row.meterType());
        text(row.meterLocation());
        line.append('\n');
        out.append(line);
    }

    private void appointment(MigrationRow.Appointment appointment) {
        if (appointment == null) {
            line.append("\t\\N\t\\N\t\\N\t\\N\t\\N");
            return;
        }
        text(appointment.dipId());
        text(appointment.mpid());
        date(appointment.effectiveFrom());
        text(appointment.contractReference());
        text(appointment.scenario());
    }

    private void date(LocalDate date) {
        text(date == null ? null : date.toString());
    }

    private void text(String value) {
        line.append('\t');
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
