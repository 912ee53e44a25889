package uk.mhhs.dataservice.rules.unmetered;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.shredzone.commons.suncalc.SunTimes;

/**
 * Sunrise and sunset at a location on a UTC date: the first of each after 00:00Z within 24 hours, computed
 * with commons-suncalc (visual sunrise/sunset: upper limb at the horizon with refraction, as published
 * sunrise/sunset tables give them). In Great Britain both always occur within a UTC day, sunrise first.
 *
 * @param sunrise the sunrise, or {@code null} when none within the day (never in GB)
 * @param sunset  the sunset, or {@code null} when none within the day (never in GB)
 */
public record SunDay(Instant sunrise, Instant sunset) {

    public static SunDay compute(GspGroupLocations.Location location, LocalDate date) {
        Objects.requireNonNull(location, "location");
        SunTimes t = SunTimes.compute()
                .timezone(ZoneOffset.UTC)
                .on(date.atStartOfDay(ZoneOffset.UTC))
                .at(location.latitude(), location.longitude())
                .oneDay()
                .execute();
        return new SunDay(t.getRise() == null ? null : t.getRise().toInstant(),
                t.getSet() == null ? null : t.getSet().toInstant());
    }
}
