package uk.mhhs.mds.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An MPAN's consumption over one settlement date, with where it came from.
 *
 * @param date   the settlement date
 * @param kwh    the day's total, kWh; {@code null} when MDS has nothing for the day
 * @param origin "A" every period actual, "E" any period estimated (by the data service), "D" defaulted by MDS or
 *               missing — see {@link ConsumptionComponentClasses#origin(String)}
 */
public record DailyTotal(LocalDate date, BigDecimal kwh, String origin) {}
