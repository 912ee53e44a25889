package uk.mhhs.mds.rules;

/**
 * One rejection or warning of an IF-021 message.
 *
 * @param code   the response code, e.g. {@code ECS1010}; for the de-energised consumption warning, which has no
 *               catalogue code, the event code {@link ConsumptionChecks#CONSUMPTION_ON_DE_ENERGISED}
 * @param reason the wire text, e.g. {@code "ECS1010 - Consumption Value cannot be negative: sp
 *               2026-07-01T00:30:00+00:00 v -1.000"}: the catalogue text followed by the period / value concerned
 */
public record Finding(String code, String reason) {}
