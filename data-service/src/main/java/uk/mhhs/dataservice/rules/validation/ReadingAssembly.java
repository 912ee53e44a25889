package uk.mhhs.dataservice.rules.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a day's received readings (period index, kWh) into the 48-slot array of
 * {@link uk.mhhs.dataservice.rules.MeterDay#main()}, applying the duplicate-period rule:
 * <ul>
 * <li>a period received twice or more with the same value (compareTo) is kept once, with a warning;</li>
 * <li>a period received with different values is invalid: its slot stays {@code null} and its bit is set in
 * {@link Assembled#invalidMask()}, which {@link uk.mhhs.dataservice.rules.DayProcessor#process(
 * uk.mhhs.dataservice.rules.MpanDayFacts, uk.mhhs.dataservice.rules.MeterDay,
 * uk.mhhs.dataservice.rules.LoadShape, long)} takes so the period is estimated with e = "3";</li>
 * <li>a period index outside 0..47 or a {@code null} value is ignored with a warning.</li>
 * </ul>
 */
public final class ReadingAssembly {

    /** One received reading: period index 0..47 (period ending 00:00Z + 30(i+1) min) and kWh. */
    public record PeriodReading(int period, BigDecimal kwh) {}

    /**
     * @param values       48 slots, {@code null} = missing or invalid
     * @param invalidMask  bit i set = period i invalid (conflicting duplicates)
     * @param warnings     what was found
     */
    public record Assembled(BigDecimal[] values, long invalidMask, List<String> warnings) {}

    private ReadingAssembly() {}

    public static Assembled assemble(List<PeriodReading> readings) {
        BigDecimal[] values = new BigDecimal[48];
        long seen = 0L;
        long invalid = 0L;
        List<String> warnings = new ArrayList<>();
        for (PeriodReading r : readings) {
            int p = r.period();
            if (p < 0 || p >= 48 || r.kwh() == null) {
                warnings.add("reading for period " + p + " ignored: " + (r.kwh() == null ? "no value" : "no such period"));
                continue;
            }
            long bit = 1L << p;
            if ((seen & bit) == 0) {
                seen |= bit;
                values[p] = r.kwh();
            } else if ((invalid & bit) != 0) {
                warnings.add("period " + p + " received again");
            } else if (values[p].compareTo(r.kwh()) == 0) {
                warnings.add("period " + p + " received twice with the same value, kept once");
            } else {
                warnings.add("period " + p + " received with different values " + values[p].toPlainString()
                        + " and " + r.kwh().toPlainString() + ": invalid");
                values[p] = null;
                invalid |= bit;
            }
        }
        return new Assembled(values, invalid, warnings);
    }
}
