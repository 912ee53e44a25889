package uk.mhhs.common.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The DIP's date-time format (spec type DT-003): exactly 25 characters, seconds precision, numeric
 * offset, e.g. {@code 2022-03-21T19:05:00+00:00}. No {@code Z}, no fraction of a second. Used in
 * {@code S1.senderTimestamp}, {@code D0.transactionTimestamp}, IF-021 {@code sp} and many more.
 */
public final class DipTimestamps {

    /** The length every DIP timestamp has. */
    public static final int LENGTH = 25;

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private DipTimestamps() {
    }

    /**
     * @param instant any instant in years 0000–9999
     * @return it in UTC, e.g. {@code 2022-03-21T19:05:00+00:00}, fractions of a second dropped
     */
    public static String format(Instant instant) {
        return format(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * @param dateTime any date-time in years 0000–9999, whose offset is kept
     * @return e.g. {@code 2022-03-21T20:05:00+01:00}, fractions of a second dropped
     */
    public static String format(OffsetDateTime dateTime) {
        return FORMAT.format(dateTime.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * @param text a 25-character DIP timestamp
     * @return the date-time with its offset
     * @throws InvalidDipTimestampException if the text is not exactly that format
     */
    public static OffsetDateTime parse(String text) {
        if (text == null || text.length() != LENGTH) {
            throw new InvalidDipTimestampException("DIP timestamp must be 25 characters like 2022-03-21T19:05:00+00:00"
                    + " but " + (text == null ? "was null" : "\"" + text + "\" has " + text.length()), null);
        }
        try {
            return OffsetDateTime.parse(text, FORMAT);
        } catch (DateTimeParseException e) {
            throw new InvalidDipTimestampException("DIP timestamp \"" + text
                    + "\" is not yyyy-MM-ddTHH:mm:ss+hh:mm: " + e.getMessage(), e);
        }
    }

    /**
     * @param text a 25-character DIP timestamp
     * @return the instant it denotes
     * @throws InvalidDipTimestampException if the text is not exactly that format
     */
    public static Instant parseInstant(String text) {
        return parse(text).toInstant();
    }

    /**
     * @param text any string, possibly {@code null}
     * @return whether it is a DIP timestamp
     */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidDipTimestampException e) {
            return false;
        }
    }
}
