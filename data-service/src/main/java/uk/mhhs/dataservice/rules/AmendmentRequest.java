package uk.mhhs.dataservice.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A supplier's consumption amendment request (IF-027).
 *
 * @param supplierReference   the supplier's reference, unique per request
 * @param mqid                the measurement quantity: AI or AE (active import/export); RI/RE are rejected
 * @param startDate           the first UTC settlement date amended
 * @param endDate             the last UTC settlement date amended (inclusive)
 * @param grossConsumptionKwh the revised consumption over the whole period, kWh
 * @param arc                 the amendment reason code: A, E, M, R, S, T or X
 */
public record AmendmentRequest(String supplierReference, String mqid, LocalDate startDate, LocalDate endDate,
        BigDecimal grossConsumptionKwh, String arc) {}
