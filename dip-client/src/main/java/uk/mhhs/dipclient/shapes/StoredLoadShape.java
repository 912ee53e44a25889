package uk.mhhs.dipclient.shapes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One category's load shape for a UTC date as received from LSS.
 *
 * @param date         the settlement date (UTC)
 * @param periodValues the 48 period values from IF-022, index 0 = the period ending 00:30Z (a period not sent is 0)
 * @param flags        the 48 {@code defaultLoadShapeFlag}s from IF-022 ({@code null} where not sent)
 * @param annualTotal  the annual load shape total from IF-023, {@code null} until it has arrived
 */
public record StoredLoadShape(LocalDate date, BigDecimal[] periodValues, String[] flags, BigDecimal annualTotal) {
}
