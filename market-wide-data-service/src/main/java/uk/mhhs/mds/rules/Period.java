package uk.mhhs.mds.rules;

/**
 * One period of an IF-021 settlement day, as sent (nothing parsed yet).
 *
 * @param sp  the period's end, a DIP timestamp such as {@code 2026-07-01T00:30:00+00:00}
 * @param v   the consumption in kWh, a decimal as text
 * @param q   the quality code (A, A1, A2, E0…E9, EA…, ZE…)
 * @param e   the estimation reason; required for estimates ({@code ECS1015}), "9" is a consumption amendment
 * @param arc the consumption amendment reason code; required when {@code e = "9"} ({@code ECS1016})
 */
public record Period(String sp, String v, String q, String e, String arc) {}
