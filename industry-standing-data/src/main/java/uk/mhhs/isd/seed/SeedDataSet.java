package uk.mhhs.isd.seed;

import uk.mhhs.common.csv.Csv;

import uk.mhhs.common.time.SettlementCalendar;
import uk.mhhs.isd.IsdProperties;
import uk.mhhs.isd.calendar.EnglandAndWalesBankHolidays;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The generated parts of the seed data set, as import CSV: England and Wales bank holidays by rule, and line
 * loss factors per LLFC per settlement date. The LLF values are RECONSTRUCTED (L): a flat factor per LLFC,
 * 0.0100 higher in settlement periods 33-38 (the evening peak).
 */
final class SeedDataSet {

    /** LLFC → its off-peak factor (L). */
    static final Map<String, BigDecimal> LLF_BY_LLFC = Map.of("001", new BigDecimal("1.0700"),
            "002", new BigDecimal("1.0650"), "003", new BigDecimal("1.0400"), "004", new BigDecimal("1.0200"),
            "005", new BigDecimal("1.0700"));
    static final BigDecimal PEAK_UPLIFT = new BigDecimal("0.0100");

    private SeedDataSet() {
    }

    static String bankHolidays(int firstYear, int lastYear) {
        StringBuilder csv = new StringBuilder(Csv.line(List.of("holiday_date", "region", "holiday_name")));
        EnglandAndWalesBankHolidays.forYears(firstYear, lastYear).forEach(h ->
                csv.append(Csv.line(List.of(h.date().toString(), "EAW", h.name()))));
        return csv.toString();
    }

    /** Licensed distributors 10-23, LLFCs 001-005, every settlement date in [from, to]. */
    static String lineLossFactors(IsdProperties.Seed seed) {
        StringBuilder csv = new StringBuilder(Csv.line(List.of("distributor_id", "llfc", "settlement_date",
                "factors")));
        for (int distributor = 10; distributor <= 23; distributor++) {
            for (String llfc : LLF_BY_LLFC.keySet().stream().sorted().toList()) {
                for (LocalDate date = seed.llfFrom(); !date.isAfter(seed.llfTo()); date = date.plusDays(1)) {
                    csv.append(Csv.line(List.of(Integer.toString(distributor), llfc, date.toString(),
                            factors(LLF_BY_LLFC.get(llfc), SettlementCalendar.periodCount(date)))));
                }
            }
        }
        return csv.toString();
    }

    private static String factors(BigDecimal base, int periods) {
        List<String> values = new ArrayList<>(periods);
        for (int period = 1; period <= periods; period++) {
            values.add((period >= 33 && period <= 38 ? base.add(PEAK_UPLIFT) : base).toPlainString());
        }
        return String.join(";", values);
    }
}
