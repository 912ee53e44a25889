package uk.mhhs.mds.rules;

import java.math.BigDecimal;

/**
 * An MPAN's annual consumption (IF-040).
 *
 * @param kwh     kWh per year, scale 3
 * @param quality the AC quality indicator: A, 1, 2, 3, 4, 5 or D, see {@link AnnualConsumptionCalculator}
 */
public record AnnualConsumption(BigDecimal kwh, String quality) {}
