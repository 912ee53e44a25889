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

    /** Sets the values of an aggregate of class {@code c} corrected by {@code cf} ({@code null}: undefined). */
    PeriodVolume set(ComponentClass c, int period, BigDecimal kwh, int mpans, BigDecimal cf) {
        this.period = period;
        this.mpans = mpans;
        this.signedUncorrected = c.signed(kwh);
        this.signedCorrected = CorrectedComponent.of(signedUncorrected, cf, c.scalingWeight());
        this.uncorrected = kwh;
        this.corrected = c.export() ? signedCorrected.negate() : signedCorrected;
        this.uncorrectedText = ReportBlocks.sixUnsigned(uncorrected);
        this.correctedSignedText = ReportBlocks.six(corrected);
        this.correctedText = correctedSignedText.charAt(0) == '-' ? null : correctedSignedText;
        return this;
    }
}
