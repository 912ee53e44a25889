package uk.mhhs.mds.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Default consumption for a period with no data: annual consumption spread by the load shape. */
public final class Defaults {

    private Defaults() {}

    /**
     * @param annualConsumption the MPAN's annual consumption (AC or EAC), kWh
     * @param shapeValue        the load shape period value (LSPV) of the period
     * @param annualTotal       the sum of the shape's period values over the year the AC refers to
     * @return AC × LSPV ÷ annual total, kWh scale 3 HALF_UP, e.g. 3100 × 0.300 ÷ 3000 = 0.310
     * @throws IllegalArgumentException if an argument is missing or the annual total is not positive
     */
    public static BigDecimal periodValue(BigDecimal annualConsumption, BigDecimal shapeValue, BigDecimal annualTotal) {
        if (annualConsumption == null || shapeValue == null || annualTotal == null) {
            throw new IllegalArgumentException("annual consumption, shape value and annual total are required");
        }
        if (annualTotal.signum() <= 0) {
            throw new IllegalArgumentException("annual total of the shape must be positive but was " + annualTotal);
        }
        return annualConsumption.multiply(shapeValue).divide(annualTotal, 3, RoundingMode.HALF_UP);
    }
}
