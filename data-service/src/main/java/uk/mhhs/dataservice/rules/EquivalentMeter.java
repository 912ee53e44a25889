package uk.mhhs.dataservice.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import uk.mhhs.dataservice.rules.unmetered.GspGroupLocations;
import uk.mhhs.dataservice.rules.unmetered.SunDay;
import uk.mhhs.dataservice.rules.unmetered.SwitchRegime;
import uk.mhhs.dataservice.rules.unmetered.SwitchedTime;
import uk.mhhs.dataservice.rules.unmetered.UnmeteredItem;

/**
 * The UMSDS equivalent meter: an unmetered inventory's consumption in each of a UTC day's 48 periods,
 * <pre>
 *   kWh_i = Σ_items quantity × circuitWatts × (fraction of period i switched on, dimming-weighted) × 0.5 / 1000
 * </pre>
 * summed exactly and rounded once, HALF_UP to 3 decimals. Switching is described on {@link SwitchedTime};
 * sunrise/sunset at the GSP group's location ({@link GspGroupLocations}) from commons-suncalc.
 *
 * <p>Every period is reported with q = "A", e = null: the equivalent meter's value is the settlement value
 * for the MPAN, not an estimate of a missing reading. This is a reconstruction; the industry's UMSDS quality
 * flags are not published in a form we could follow.
 */
public final class EquivalentMeter {

    /** W × ms → kWh: 1000 W/kW × 3 600 000 ms/h. */
    private static final BigDecimal WATT_MS_PER_KWH = new BigDecimal("3600000000");

    private final GspGroupLocations locations;

    public EquivalentMeter(GspGroupLocations locations) {
        this.locations = Objects.requireNonNull(locations, "locations");
    }

    /** The 48 period values of an inventory in a GSP group on a UTC date. */
    public List<PeriodValue> day(String gspGroup, LocalDate date, List<UnmeteredItem> items) {
        Objects.requireNonNull(date, "date");
        GspGroupLocations.Location location = locations.of(gspGroup);
        Supplier<SunDay> sun = new Supplier<>() {
            private SunDay cached;

            @Override
            public SunDay get() {
                if (cached == null) {
                    cached = SunDay.compute(location, date);
                }
                return cached;
            }
        };
        Map<SwitchRegime, BigDecimal> wattsByRegime = new LinkedHashMap<>();
        for (UnmeteredItem item : items) {
            BigDecimal watts = item.circuitWatts().multiply(BigDecimal.valueOf(item.quantity()));
            wattsByRegime.merge(item.regime(), watts, BigDecimal::add);
        }
        BigDecimal[] wattMs = new BigDecimal[DayProcessor.PERIODS];
        java.util.Arrays.fill(wattMs, BigDecimal.ZERO);
        for (Map.Entry<SwitchRegime, BigDecimal> e : wattsByRegime.entrySet()) {
            BigDecimal[] on = SwitchedTime.weightedOnMillis(e.getKey(), date, sun);
            for (int i = 0; i < wattMs.length; i++) {
                wattMs[i] = wattMs[i].add(e.getValue().multiply(on[i]));
            }
        }
        List<PeriodValue> out = new ArrayList<>(DayProcessor.PERIODS);
        for (BigDecimal x : wattMs) {
            out.add(new PeriodValue(x.divide(WATT_MS_PER_KWH, 3, RoundingMode.HALF_UP), Quality.A, null, null));
        }
        return Collections.unmodifiableList(out);
    }

    /** Sunrise and sunset used for a GSP group on a date (for logs and tests). */
    public SunDay sun(String gspGroup, LocalDate date) {
        return SunDay.compute(locations.of(gspGroup), date);
    }
}
