package uk.mhhs.localsuite.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The CDCA's GSP Group Take for the day, made up from MDS's uncorrected totals: per GSP group one factor between 1.010
 * and 1.050 (seeded), the take of each period = the group's metered total in the period × the factor, to 3 decimals.
 * So every correction factor comes out above 1 and inside VAS's band (0.9–1.1).
 */
public final class GspGroupTake {

    private GspGroupTake() {
    }

    /** Group → the factor its take is of its metered total. */
    public static Map<String, BigDecimal> factors(Iterable<String> groups, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x7A4EL);
        Map<String, BigDecimal> factors = new TreeMap<>();
        for (String group : groups) {
            factors.put(group, BigDecimal.valueOf(1010 + random.nextInt(41), 3));
        }
        return factors;
    }

    /** Group → period → take, kWh to 3 dp, from group → period → metered total. */
    public static Map<String, Map<Integer, BigDecimal>> take(Map<String, Map<Integer, BigDecimal>> metered,
                                                            Map<String, BigDecimal> factors) {
        Map<String, Map<Integer, BigDecimal>> take = new TreeMap<>();
        metered.forEach((group, periods) -> periods.forEach((period, kwh) -> take.computeIfAbsent(group,
                g -> new TreeMap<>()).put(period, kwh.multiply(factors.get(group)).setScale(3, RoundingMode.HALF_UP))));
        return take;
    }

    /** The upload file (volume-allocation-service README, "GSP Group Take"). */
    public static String csv(LocalDate date, Map<String, Map<Integer, BigDecimal>> take) {
        StringBuilder out = new StringBuilder("settlement_date,gsp_group,settlement_period,gsp_group_take_kwh\n");
        take.forEach((group, periods) -> periods.forEach((period, kwh) -> out.append(date).append(',').append(group)
                .append(',').append(period).append(',').append(kwh.toPlainString()).append('\n')));
        return out.toString();
    }
}
