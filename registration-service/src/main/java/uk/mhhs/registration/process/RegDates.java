package uk.mhhs.registration.process;

import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.dipclient.process.Rejected;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Effective dates on the DIP are DT-003 date-times ({@code 2026-12-10T00:00:00+00:00}); the register holds UK
 * dates. A date goes out as UK midnight with its offset ({@code 2026-07-01T00:00:00+01:00} in summer) and comes
 * in as the UK date of the instant sent (a bare {@code yyyy-MM-dd} is read as that date).
 */
public final class RegDates {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private RegDates() {
    }

    /** Today in the UK by {@code clock}. */
    public static LocalDate today(java.time.Clock clock) {
        return clock.instant().atZone(UK).toLocalDate();
    }

    public static String format(LocalDate date) {
        return date == null ? null : DipTimestamps.format(date.atStartOfDay(UK).toOffsetDateTime());
    }

    /**
     * @throws Rejected REG1088 if {@code text} is missing, REG9011 if it is not a date
     */
    public static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new Rejected("REG1088", field + " is missing");
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            OffsetDateTime at = DipTimestamps.parse(text);
            return at.atZoneSameInstant(UK).toLocalDate();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new Rejected("REG9011", field + " \"" + text + "\" is not a date-time");
        }
    }
}
