package uk.mhhs.common.validation;

import java.time.Clock;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * {@code S1.senderTimestamp} must be exactly 25 characters, {@code yyyy-MM-ddTHH:mm:ss+HH:MM} (no {@code Z},
 * no fraction), a real date and time, and not later than now plus an allowed clock skew.
 */
final class SenderTimestampRule {

    static final String PATH = "$.payload.CommonBlock.S1.senderTimestamp";

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withResolverStyle(ResolverStyle.STRICT);
    private static final String EXPECTED =
            "Expected senderTimestamp as 25 characters yyyy-MM-ddTHH:mm:ss+HH:MM (e.g. 2022-03-21T19:05:00+00:00)";

    private final Clock clock;
    private final Duration allowedSkew;

    SenderTimestampRule(Clock clock, Duration allowedSkew) {
        this.clock = clock;
        this.allowedSkew = allowedSkew;
    }

    /**
     * @param s1 the canonical {@code CommonBlock.S1}; nothing is checked unless it is an object
     */
    Optional<Violation> check(JsonNode s1, MessageValidator.Mode mode) {
        if (s1 == null || !s1.isObject()) {
            return Optional.empty();
        }
        JsonNode value = s1.get("senderTimestamp");
        if (value == null || value.isNull()) {
            return Optional.of(new Violation(mode.timestampInvalid(), PATH, EXPECTED + " but it is missing."));
        }
        String text = value.isString() ? value.stringValue() : null;
        if (text == null || !hasShape(text)) {
            return Optional.of(invalid(mode, value));
        }
        Instant sent = quickParse(text);
        if (sent == null) {
            // The formatter decides every case the quick parse does not take.
            try {
                sent = OffsetDateTime.parse(text, FORMAT).toInstant();
            } catch (DateTimeParseException e) {
                return Optional.of(invalid(mode, value));
            }
        }
        Instant latest = clock.instant().plus(allowedSkew);
        if (sent.isAfter(latest)) {
            return Optional.of(new Violation(mode.timestampInFuture(), PATH,
                    "Expected senderTimestamp not later than now (" + latest + ") but found " + text
                            + ", which is in the future."));
        }
        return Optional.empty();
    }

    /** {@code \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}}, checked without a regex. */
    static boolean hasShape(String text) {
        if (text.length() != 25) {
            return false;
        }
        for (int i = 0; i < 25; i++) {
            char c = text.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16, 22 -> c == ':';
                case 19 -> c == '+' || c == '-';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The instant of a text of the right shape when every field is in range (the strict formatter accepts
     * exactly those), else null.
     */
    private static Instant quickParse(String text) {
        try {
            LocalDateTime local = LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2),
                    digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
            int sign = text.charAt(19) == '-' ? -1 : 1;
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * digits(text, 20, 2), sign * digits(text, 23, 2));
            return local.toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static Violation invalid(MessageValidator.Mode mode, JsonNode value) {
        return new Violation(mode.timestampInvalid(), PATH, EXPECTED + " but found " + SchemaViolations.show(value) + ".");
    }
}
