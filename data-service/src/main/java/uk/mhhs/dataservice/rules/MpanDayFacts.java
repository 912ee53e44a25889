package uk.mhhs.dataservice.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the data service knows about an MPAN on a settlement day, apart from its readings.
 *
 * @param segment            S, A or U
 * @param connectionType     W whole current, L LV CT, H HV CT, E EHV, U unmetered; {@code null} = the
 *                           segment's usual type (see {@link VeSettings#maxKwhPerPeriod(String, Segment)})
 * @param energised          {@code false} = de-energised
 * @param disconnected       the MPAN is disconnected
 * @param consent            data consent H (half-hourly), D (daily), M (monthly), N (non-smart);
 *                           {@code null} means H
 * @param vacant             long-term vacant advisory in force
 * @param remoteDisabled     the meter is remotely disabled
 * @param annualConsumption  the MDS annual consumption (IF-040), kWh, or {@code null}
 * @param snac               the supplier-nominated annual consumption (IF-024), kWh, or {@code null}
 * @param snacEffectiveFrom  the date the SNAC is effective from, or {@code null}
 */
public record MpanDayFacts(Segment segment, String connectionType, boolean energised, boolean disconnected,
        String consent, boolean vacant, boolean remoteDisabled,
        BigDecimal annualConsumption, BigDecimal snac, LocalDate snacEffectiveFrom) {

    public MpanDayFacts {
        Objects.requireNonNull(segment, "segment");
    }
}
