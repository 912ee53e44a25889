package uk.mhhs.dataservice.rules.estimation;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.mhhs.dataservice.rules.MpanDayFacts;
import uk.mhhs.dataservice.rules.VeSettings;

/**
 * Which annual consumption an estimate uses on a date.
 * <ol>
 * <li>the SNAC (supplier-nominated, IF-024) when it is non-negative and its effective date is not after the
 * day and less than {@link VeSettings#snacValidityMonths()} (12) months before it;</li>
 * <li>else the MDS annual consumption (IF-040) when non-negative;</li>
 * <li>else the configured default for the connection type ({@link VeSettings#defaultAnnualConsumption()});</li>
 * <li>else none (the caller reports zeros with q = ZE1).</li>
 * </ol>
 *
 * @param kwh    the annual consumption, or {@code null} for {@link Source#NONE}
 * @param source which rule supplied it
 */
public record AnnualConsumptionChoice(BigDecimal kwh, Source source) {

    /** Which rule supplied the annual consumption. */
    public enum Source { SNAC, MDS_AC, DEFAULT, NONE }

    public static AnnualConsumptionChoice choose(MpanDayFacts f, LocalDate date, VeSettings s) {
        LocalDate from = f.snacEffectiveFrom();
        if (f.snac() != null && f.snac().signum() >= 0 && from != null
                && !from.isAfter(date) && from.isAfter(date.minusMonths(s.snacValidityMonths()))) {
            return new AnnualConsumptionChoice(f.snac(), Source.SNAC);
        }
        if (f.annualConsumption() != null && f.annualConsumption().signum() >= 0) {
            return new AnnualConsumptionChoice(f.annualConsumption(), Source.MDS_AC);
        }
        BigDecimal def = s.defaultAnnualConsumption(f.connectionType(), f.segment());
        if (def != null) {
            return new AnnualConsumptionChoice(def, Source.DEFAULT);
        }
        return new AnnualConsumptionChoice(null, Source.NONE);
    }
}
