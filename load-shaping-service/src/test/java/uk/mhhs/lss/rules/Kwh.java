package uk.mhhs.lss.rules;

import java.math.BigDecimal;
import java.util.Arrays;

/** Test helpers for 48-period series. */
final class Kwh {
    private Kwh() {}

    static BigDecimal kwh(String v) {
        return new BigDecimal(v);
    }

    /** 48 times the same value. */
    static BigDecimal[] all(String v) {
        BigDecimal[] out = new BigDecimal[PeriodRange.PERIODS];
        Arrays.fill(out, new BigDecimal(v));
        return out;
    }

    /** 48 values, the 1-based period number p in milli-kWh: 0.001, 0.002, ..., 0.048. */
    static BigDecimal[] periodNumbers() {
        BigDecimal[] out = new BigDecimal[PeriodRange.PERIODS];
        for (int i = 0; i < PeriodRange.PERIODS; i++) {
            out[i] = BigDecimal.valueOf(i + 1, 3);
        }
        return out;
    }
}
