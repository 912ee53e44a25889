package uk.mhhs.registration.register;

import java.time.LocalDate;

/**
 * A value of an MPAN's attribute group and the date it holds from (until the next one's).
 *
 * @param effectiveFrom the first settlement date it applies to
 * @param value         the value; {@code null} where the attribute stopped (e.g. SMSO removed)
 */
public record Dated<T>(LocalDate effectiveFrom, T value) {
}
