package uk.mhhs.common.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Effective dates on the DIP are DT-003 date-times ({@code 2026-12-10T00:00:00+00:00}) while registers hold UK
 * dates: a date goes out as UK midnight with its offset ({@code 2026-07-01T00:00:00+01:00} in summer) and comes in
 * as the UK date of the instant sent (a bare {@code yyyy-MM-dd} is read as that date).
 */
public final class EffectiveDates {

    /** The settlement day's zone. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private EffectiveDates() {
    }

    /** {@code date} as UK midnight, 25 characters. */
    public static String format(LocalDate date) {
        return date == null ? null : DipTimestamps.format(date.atStartOfDay(UK).toOffsetDateTime());
    }

    /** The UK date of {@code text}; empty if it is missing or not a date-time. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text));
            }
            OffsetDateTime at = DipTimestamps.parse(text);
            return Optional.of(at.atZoneSameInstant(UK).toLocalDate());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
