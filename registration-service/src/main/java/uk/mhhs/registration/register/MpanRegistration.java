package uk.mhhs.registration.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the register holds about one MPAN, as at a date. Each attribute group carries the date it has held
 * from; a group is {@code null} when the MPAN had no value for it yet on that date.
 */
public record MpanRegistration(String mpanCore, LocalDate asAt, int distributorId, LocalDate createdFrom,
                               Dated<String> gspGroupId,
                               Dated<Address> address,
                               Dated<Connection> connection,
                               Dated<String> duosTariffId,
                               Dated<String> energisationStatus,
                               Dated<String> marketSegment,
                               Dated<Boolean> domesticPremise,
                               Dated<String> consentGranularity,
                               Dated<AnnualConsumption> annualConsumption,
                               Dated<String> dccServiceFlag,
                               Dated<String> smsoMpid,
                               Dated<String> ihdStatus,
                               Dated<Profile> profile,
                               Dated<Relationships> relationships,
                               List<Meter> meters,
                               Parties parties) {

    /** B022. */
    public record Address(String postcode, List<String> lines) {
    }

    /** B023: connection type W/L/H/E/U, energy direction I/E, metered or not. */
    public record Connection(String connectionType, String energyDirection, boolean metered) {
    }

    /** B027 / IF-040 B059: kWh with scale 3 and the quality indicator (A, 1–5, D). */
    public record AnnualConsumption(BigDecimal kwh, String qualityIndicator) {
    }

    /** B032: legacy profile class and standard settlement configuration. */
    public record Profile(Integer profileClass, String ssc) {
    }

    /** B035 linked import/export MPANs and B037 related MPANs. */
    public record Relationships(List<String> linkedMpans, List<String> relatedMpans) {
    }

    /** B905: a meter installed on the date (installed on or before it, not removed by then). */
    public record Meter(String meterId, LocalDate installedOn, LocalDate removedOn, String meterType, String mapMpid,
                        String esmeGuid, String meterLocation, Integer displayedDigits,
                        String manufacturersMakeAndType) {
    }
}
