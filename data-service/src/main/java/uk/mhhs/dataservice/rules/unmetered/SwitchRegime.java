package uk.mhhs.dataservice.rules.unmetered;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * When unmetered apparatus is switched on. Local times are UK civil time (Europe/London); sunrise and sunset
 * come from the GSP group's location ({@link GspGroupLocations}).
 */
public sealed interface SwitchRegime
        permits SwitchRegime.DuskToDawn, SwitchRegime.PartNight, SwitchRegime.FixedHours, SwitchRegime.Dimming {

    /**
     * On from sunset + {@code onOffsetMinutes} to sunrise + {@code offOffsetMinutes} (a photocell's switching
     * offsets; positive = later; default 0).
     */
    record DuskToDawn(int onOffsetMinutes, int offOffsetMinutes) implements SwitchRegime {
        public DuskToDawn() {
            this(0, 0);
        }
    }

    /**
     * Dusk to dawn, but off from {@code offAt} to {@code onAt} local time (e.g. 00:00 to 05:30); when
     * {@code onAt} is not after {@code offAt} the off window spans midnight (e.g. 23:00 to 05:30).
     */
    record PartNight(LocalTime offAt, LocalTime onAt, int onOffsetMinutes, int offOffsetMinutes) implements SwitchRegime {
        public PartNight {
            Objects.requireNonNull(offAt, "offAt");
            Objects.requireNonNull(onAt, "onAt");
        }

        public PartNight(LocalTime offAt, LocalTime onAt) {
            this(offAt, onAt, 0, 0);
        }
    }

    /**
     * On from {@code on} to {@code off} local time every day; when {@code off} is not after {@code on} the
     * window spans midnight; {@code on} equal to {@code off} means always on.
     */
    record FixedHours(LocalTime on, LocalTime off) implements SwitchRegime {
        public FixedHours {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(off, "off");
        }
    }

    /**
     * The {@code base} regime with the circuit watts scaled by a fraction within local-time windows (e.g. 50 %
     * from 22:00 to 06:00). Windows should not overlap; if they do, their reductions add (never below zero).
     */
    record Dimming(SwitchRegime base, List<DimStep> steps) implements SwitchRegime {
        public Dimming {
            Objects.requireNonNull(base, "base");
            steps = List.copyOf(steps);
        }
    }

    /** A dimming window: from {@code from} to {@code to} local time (spanning midnight when to ≤ from). */
    record DimStep(LocalTime from, LocalTime to, BigDecimal fraction) {
        public DimStep {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(fraction, "fraction");
            if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("dimming fraction must be 0..1");
            }
        }
    }
}
