package uk.mhhs.vas.reports;

import uk.mhhs.dipclient.reports.ReportBlocks;
import uk.mhhs.vas.rules.ComponentClass;
import uk.mhhs.vas.rules.CorrectedComponent;

import java.math.BigDecimal;

/**
 * One aggregate's volumes as REP-003 and REP-003A print them, worked out once for both (one instance reused for every
 * row of a pass: the values of the row at hand).
 *
 * <p>Two conventions: {@code uncorrected}/{@code corrected} are "as sent" — the kWh as MDS sends it (export
 * non-negative, its class's measurement quantity giving the direction) and its corrected value in the same sign, which
 * is what the per-period fields print (REP003-R018's consumption patterns admit no minus sign) and what R019 sums;
 * {@code signedUncorrected}/{@code signedCorrected} are C and CORC of the correction (export negative), which the BM
 * unit's totals R021 sum to its net volume.
 */
final class PeriodVolume {

    int period;
    int mpans;
    BigDecimal uncorrected;
    BigDecimal corrected;
    BigDecimal signedUncorrected;
    BigDecimal signedCorrected;
    /** 6 decimals, {@code null} when negative at 6 decimals (a field without sign) */
    String uncorrectedText;
    String correctedText;
    /** 6 decimals with sign (correctedComponentLosses admits one) */
    String correctedSignedText;

    // each class's multiplier by period, worked out once per pass rather than per BM unit, with the factor it is of
    private final BigDecimal[][] multipliers = new BigDecimal[1000][];
    private final BigDecimal[][] multipliersOf = new BigDecimal[1000][];

    /** Sets the values of an aggregate of class {@code c} corrected by {@code cf} ({@code null}: undefined). */
    PeriodVolume set(ComponentClass c, int period, BigDecimal kwh, int mpans, BigDecimal cf) {
        this.period = period;
        this.mpans = mpans;
        this.signedUncorrected = c.signed(kwh);
        this.signedCorrected = CorrectedComponent.of(signedUncorrected, multiplier(c, period, cf));
        this.uncorrected = kwh;
        this.corrected = c.export() ? signedCorrected.negate() : signedCorrected;
        this.uncorrectedText = ReportBlocks.sixUnsigned(uncorrected);
        this.correctedSignedText = ReportBlocks.six(corrected);
        this.correctedText = correctedSignedText.charAt(0) == '-' ? null : correctedSignedText;
        return this;
    }

    private BigDecimal multiplier(ComponentClass c, int period, BigDecimal cf) {
        int id = c.id();
        if (cf == null || id < 0 || id >= multipliers.length || period < 0 || period > 99) {
            return CorrectedComponent.multiplier(cf, c.scalingWeight());
        }
        if (multipliers[id] == null) {
            multipliers[id] = new BigDecimal[100];
            multipliersOf[id] = new BigDecimal[100];
        }
        if (multipliersOf[id][period] != cf) {
            multipliers[id][period] = CorrectedComponent.multiplier(cf, c.scalingWeight());
            multipliersOf[id][period] = cf;
        }
        return multipliers[id][period];
    }
}
