package uk.mhhs.common.validation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * {@code S1.senderTimestamp} must be exactly 25 characters, {@code yyyy-MM-ddTHH:mm:ss+HH:MM} (no {@code Z},
 * no fraction), a real date and time, and not later than now plus an allowed clock skew.
 */
final class SenderTimestampRule {

    static final String PATH = "$.payload.CommonBlock.S1.senderTimestamp";

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
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
        if (text == null || !SHAPE.matcher(text).matches()) {
            return Optional.of(invalid(mode, value));
        }
        Instant sent;
        try {
            sent = OffsetDateTime.parse(text, FORMAT).toInstant();
        } catch (DateTimeParseException e) {
            return Optional.of(invalid(mode, value));
        }
        Instant latest = clock.instant().plus(allowedSkew);
        if (sent.isAfter(latest)) {
            return Optional.of(new Violation(mode.timestampInFuture(), PATH,
                    "Expected senderTimestamp not later than now (" + latest + ") but found " + text
                            + ", which is in the future."));
        }
        return Optional.empty();
    }

    private static Violation invalid(MessageValidator.Mode mode, JsonNode value) {
        return new Violation(mode.timestampInvalid(), PATH, EXPECTED + " but found " + SchemaViolations.show(value) + ".");
    }
}
