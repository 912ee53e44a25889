package uk.mhhs.lss.shapes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One category's published shape and totals for a date and run, as stored in {@code shape}: {@code gspGroup} and
 * {@code domestic} are {@code null} for national / any.
 */
public record StoredShape(LocalDate date, int run, String gspGroup, String connectionType, String segment,
                          String domestic, String mq, BigDecimal[] values, String[] flags, int sample,
                          BigDecimal dayTotal, BigDecimal dayPeak, BigDecimal dayOffPeak, BigDecimal sevenDayTotal,
                          BigDecimal sevenDayPeak, BigDecimal sevenDayOffPeak, BigDecimal annualTotal) {
}
