package uk.mhhs.vas.calculation;

import java.math.BigDecimal;

/**
 * One BM unit's uncorrected volumes in one settlement period, summed over its classes ({@link UnitTotals}).
 *
 * @param bmUnitId     the supplier BM unit
 * @param supplierMpid its supplier
 * @param period       the settlement period
 * @param uncorrected  ΣC over its classes (export negative)
 * @param weighted     ΣW·C over its classes
 * @param mpans        MPANs counted in its consumption (not losses) classes
 */
record UnitSums(String bmUnitId, String supplierMpid, int period, BigDecimal uncorrected, BigDecimal weighted,
                int mpans) {
}
