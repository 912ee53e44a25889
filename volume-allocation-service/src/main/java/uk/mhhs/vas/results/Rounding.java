package uk.mhhs.vas.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Results are stored unrounded and rounded only here, on the way out: kWh to 3 dp, correction factors to 10 dp. */
final class Rounding {

    private Rounding() {
    }

    static BigDecimal kwh(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.HALF_UP);
    }

    static BigDecimal factor(BigDecimal value) {
        return value == null ? null : value.setScale(10, RoundingMode.HALF_UP);
    }

    /** A CSV cell: empty for null. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
