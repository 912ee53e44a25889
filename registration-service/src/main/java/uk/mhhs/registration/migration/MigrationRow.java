package uk.mhhs.registration.migration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One checked row of a migration file: an MPAN with its standing data from {@code effectiveFrom} and its parties
 * from their own dates, and its meter (if any) installed from {@code effectiveFrom}. Optional values are {@code null}.
 */
public record MigrationRow(long row, long mpanCore, int distributorId, LocalDate effectiveFrom, String gspGroupId,
                           String postcode, List<String> addressLines, String connectionType, String energyDirection,
                           boolean metered, String duosTariffId, String energisationStatus, String marketSegment,
                           boolean domesticPremise, String consentGranularity, String dccServiceFlag, String smsoMpid,
                           Integer profileClass, String ssc, BigDecimal annualConsumption,
                           String annualConsumptionQuality, String supplierDipId, String supplierMpid,
                           LocalDate supplierEffectiveFrom, Appointment meteringService, Appointment dataService,
                           String meterId, String meterType, String meterLocation) {

    /** An MS or DS appointment in force at migration. */
    public record Appointment(String dipId, String mpid, LocalDate effectiveFrom, String contractReference,
                              String scenario) {
    }
}
