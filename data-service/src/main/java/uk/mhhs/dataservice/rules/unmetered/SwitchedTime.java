package uk.mhhs.dataservice.rules.unmetered;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long a regime is switched on in each of a UTC day's 48 periods, in milliseconds weighted by the dimming
 * fraction (a full undimmed period = 1 800 000).
 *
 * <p>Dusk to dawn on UTC day D: on from the previous evening's sunset (approximated by sunset(D) − 24 h, which
 * is always before 00:00Z in GB) to sunrise(D), and from sunset(D) to the next sunrise (≈ sunrise(D) + 24 h,
 * always after 24:00Z in GB), each moved by the photocell offsets and clipped to the day — so the day has a
 * morning stretch 00:00Z–sunrise and an evening one sunset–24:00Z.
 *
 * <p>Local-time windows (part-night off windows, fixed hours, dimming) are taken for the UK local dates D − 1,
 * D and D + 1, converted with Europe/London (a time in the spring-forward gap moves forward by an hour; in the
 * autumn overlap the earlier, BST, instant is used) and clipped to the UTC day. So "off 00:00–05:30 local" is
 * 00:00–05:30Z in winter and 23:00Z (the evening before) – 04:30Z in summer.
 */
public final class SwitchedTime {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final long PERIOD_MS = 1_800_000L;
    private static final long DAY_MS = 86_400_000L;

    private SwitchedTime() {}

    /**
     * @param regime the regime
     * @param date   the UTC settlement date
     * @param sun    the sunrise and sunset of the date at the GSP group's location (asked only when needed)
     * @return 48 weighted on-times in milliseconds
     */
    public static BigDecimal[] weightedOnMillis(SwitchRegime regime, LocalDate date, Supplier<SunDay> sun) {
        long dayStart = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long dayEnd = dayStart + DAY_MS;
        List<long[]> on = onIntervals(regime, date, sun, dayStart, dayEnd);
        BigDecimal[] out = new BigDecimal[48];
        for (int i = 0; i < 48; i++) {
            long p0 = dayStart + i * PERIOD_MS;
            out[i] = BigDecimal.valueOf(overlap(on, p0, p0 + PERIOD_MS));
        }
        if (regime instanceof SwitchRegime.Dimming) {
            SwitchRegime.Dimming dimming = (SwitchRegime.Dimming) regime;
            for (SwitchRegime.DimStep step : dimming.steps()) {
                BigDecimal reduction = BigDecimal.ONE.subtract(step.fraction());
                List<long[]> dimmedOn = intersect(on, localWindows(step.from(), step.to(), date, dayStart, dayEnd));
                for (int i = 0; i < 48; i++) {
                    long p0 = dayStart + i * PERIOD_MS;
                    long ms = overlap(dimmedOn, p0, p0 + PERIOD_MS);
                    if (ms > 0) {
                        BigDecimal reduced = out[i].subtract(reduction.multiply(BigDecimal.valueOf(ms)));
                        out[i] = reduced.signum() < 0 ? BigDecimal.ZERO : reduced;
                    }
                }
            }
        }
        return out;
    }

    /** The instants (epoch ms, [start, end)) the regime (dimming: its base) is on within the day. */
    static List<long[]> onIntervals(SwitchRegime regime, LocalDate date, Supplier<SunDay> sun, long dayStart, long dayEnd) {
        if (regime instanceof SwitchRegime.Dimming) {
            return onIntervals(((SwitchRegime.Dimming) regime).base(), date, sun, dayStart, dayEnd);
        }
        if (regime instanceof SwitchRegime.FixedHours) {
            SwitchRegime.FixedHours f = (SwitchRegime.FixedHours) regime;
            return localWindows(f.on(), f.off(), date, dayStart, dayEnd);
        }
        if (regime instanceof SwitchRegime.DuskToDawn) {
            SwitchRegime.DuskToDawn d = (SwitchRegime.DuskToDawn) regime;
            return duskToDawn(sun.get(), d.onOffsetMinutes(), d.offOffsetMinutes(), dayStart, dayEnd);
        }
        SwitchRegime.PartNight p = (SwitchRegime.PartNight) regime;
        List<long[]> night = duskToDawn(sun.get(), p.onOffsetMinutes(), p.offOffsetMinutes(), dayStart, dayEnd);
        return subtract(night, localWindows(p.offAt(), p.onAt(), date, dayStart, dayEnd));
    }

    private static List<long[]> duskToDawn(SunDay sun, int onOffsetMinutes, int offOffsetMinutes, long dayStart, long dayEnd) {
        List<long[]> out = new ArrayList<>(2);
        if (sun.sunrise() == null || sun.sunset() == null) {
            throw new IllegalStateException("no sunrise or sunset within the UTC day: " + sun);
        }
        long set = sun.sunset().toEpochMilli() + onOffsetMinutes * 60_000L;
        long rise = sun.sunrise().toEpochMilli() + offOffsetMinutes * 60_000L;
        add(out, set - DAY_MS, rise, dayStart, dayEnd);
        add(out, set, rise + DAY_MS, dayStart, dayEnd);
        return out;
    }

    /**
     * The local-time window [from, to) on the UK local dates D − 1, D, D + 1 (spanning midnight when to ≤ from;
     * a whole day when equal), clipped to the UTC day.
     */
    static List<long[]> localWindows(LocalTime from, LocalTime to, LocalDate date, long dayStart, long dayEnd) {
        List<long[]> out = new ArrayList<>(3);
        for (int k = -1; k <= 1; k++) {
            LocalDate local = date.plusDays(k);
            long start = epochMilli(local, from);
            long end = to.isAfter(from) ? epochMilli(local, to) : epochMilli(local.plusDays(1), to);
            add(out, start, end, dayStart, dayEnd);
        }
        return out;
    }

    private static long epochMilli(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, UK).toInstant().toEpochMilli();
    }

    private static void add(List<long[]> out, long start, long end, long dayStart, long dayEnd) {
        long s = Math.max(start, dayStart);
        long e = Math.min(end, dayEnd);
        if (s < e) {
            out.add(new long[] {s, e});
        }
    }

    /** Total length of the (disjoint) intervals within [p0, p1). */
    static long overlap(List<long[]> intervals, long p0, long p1) {
        long ms = 0;
        for (long[] iv : intervals) {
            long s = Math.max(iv[0], p0);
            long e = Math.min(iv[1], p1);
            if (s < e) {
                ms += e - s;
            }
        }
        return ms;
    }

    /** The parts of {@code a} not covered by any of {@code cut}. */
    static List<long[]> subtract(List<long[]> a, List<long[]> cut) {
        List<long[]> cur = a;
        for (long[] c : cut) {
            List<long[]> next = new ArrayList<>(cur.size() + 1);
            for (long[] iv : cur) {
                if (c[1] <= iv[0] || c[0] >= iv[1]) {
                    next.add(iv);
                    continue;
                }
                if (c[0] > iv[0]) {
                    next.add(new long[] {iv[0], c[0]});
                }
                if (c[1] < iv[1]) {
                    next.add(new long[] {c[1], iv[1]});
                }
            }
            cur = next;
        }
        return cur;
    }

    /** The pairwise intersections of two lists of intervals. */
    static List<long[]> intersect(List<long[]> a, List<long[]> b) {
        List<long[]> out = new ArrayList<>();
        for (long[] x : a) {
            for (long[] y : b) {
                long s = Math.max(x[0], y[0]);
                long e = Math.min(x[1], y[1]);
                if (s < e) {
                    out.add(new long[] {s, e});
                }
            }
        }
        return out;
    }
}
