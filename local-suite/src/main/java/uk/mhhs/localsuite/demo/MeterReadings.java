package uk.mhhs.localsuite.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A UTC day of half-hourly readings for the readable MPANs of a market, as the DCC / a collector sends them to the
 * data service ({@code POST /data-service/v1/meter-data}), pure and seeded. Gaps, so the data service estimates: every
 * 10th readable MPAN misses one period (interpolated), every 25th six periods (estimated from the shape), every 50th
 * sends nothing at all (the whole day estimated).
 */
public final class MeterReadings {

    /** One MPAN's readings: the periods that arrive (index 0..47 → kWh in thousandths), null where missing. */
    public record Day(SyntheticMpan mpan, long[] milliKwh, boolean[] present) {

        public int presentPeriods() {
            int n = 0;
            for (boolean p : present) {
                n += p ? 1 : 0;
            }
            return n;
        }
    }

    private MeterReadings() {
    }

    /** The days that are sent (MPANs sending nothing are left out). */
    public static List<Day> generate(List<SyntheticMpan> market, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EEDL);
        List<Day> days = new ArrayList<>();
        int readable = 0;
        for (SyntheticMpan m : market) {
            if (!m.readable()) {
                continue;
            }
            readable++;
            if (readable % 50 == 0) {
                continue; // nothing from this meter today
            }
            double perPeriod = m.annualConsumption().doubleValue() / 365 / 48;
            long[] values = new long[48];
            boolean[] present = new boolean[48];
            for (int p = 0; p < 48; p++) {
                double evening = p >= 34 && p < 42 ? 1.8 : p < 12 ? 0.6 : 1.0;
                values[p] = Math.round(perPeriod * evening * (0.7 + random.nextDouble() * 0.6) * 1000);
                present[p] = true;
            }
            if (readable % 10 == 0) {
                present[5 + readable % 30] = false;
            }
            if (readable % 25 == 0) {
                for (int p = 20; p < 26; p++) {
                    present[p] = false;
                }
            }
            days.add(new Day(m, values, present));
        }
        return days;
    }

    /** The meter-data API body for some days: one row per MPAN (its meter, AI), periods keyed by their UTC end. */
    public static String body(List<Day> days, LocalDate date) {
        Instant midnight = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        StringBuilder out = new StringBuilder(days.size() * 2600).append("{\"rows\":[");
        for (int d = 0; d < days.size(); d++) {
            Day day = days.get(d);
            out.append(d == 0 ? "" : ",").append("{\"mpan\":\"").append(day.mpan().mpanCore())
                    .append("\",\"meterId\":\"").append(day.mpan().meterId())
                    .append("\",\"meterRole\":\"MAIN\",\"quantity\":\"AI\",\"periods\":[");
            boolean first = true;
            for (int p = 0; p < 48; p++) {
                if (!day.present()[p]) {
                    continue;
                }
                out.append(first ? "" : ",").append("{\"end\":\"").append(midnight.plusSeconds(1800L * (p + 1)))
                        .append("\",\"kwh\":\"").append(kwh(day.milliKwh()[p])).append("\"}");
                first = false;
            }
            out.append("]}");
        }
        return out.append("]}").toString();
    }

    static String kwh(long milli) {
        return milli / 1000 + "." + String.format("%03d", milli % 1000);
    }
}
