package uk.mhhs.dataservice.rules;

import java.math.BigDecimal;

/**
 * One half-hourly settlement period's value as the data service reports it.
 *
 * @param kwh consumption in kWh, scale 3
 * @param q   quality code, see {@link Quality}
 * @param e   estimation reason, see {@link EstimationReason}; {@code null} for actual values (A, A1, A2)
 * @param arc consumption amendment reason code (A, E, M, R, S, T, X); {@code null} unless amended
 */
public record PeriodValue(BigDecimal kwh, String q, String e, String arc) {}
