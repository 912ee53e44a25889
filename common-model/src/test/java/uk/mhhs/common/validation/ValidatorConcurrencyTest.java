package uk.mhhs.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.validation.MessageValidator.Mode;

/**
 * One validator instance is shared by all request threads of the gateway. (Its speed is measured by the
 * benchmark module, not here: timed unit tests prove nothing on a busy machine.)
 */
class ValidatorConcurrencyTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void one_validator_serves_many_threads_at_once() {
        MessageValidator validator = new MessageValidator(Mode.RECIPIENT,
                Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC), Duration.ZERO);
        JsonNode valid = If021Message.payload();
        ObjectNode invalid = If021Message.payload();
        If021Message.period(invalid, 5).put("v", "1.5");
        long wrong = IntStream.range(0, 4_000).parallel()
                .filter(i -> validator.validate("IF-021", i % 2 == 0 ? valid : invalid).isValid() != (i % 2 == 0))
                .count();
        assertThat(wrong).isZero();
    }
}
